// The English each translation was made from, kept in xliff/translated-from.json.
//
// lit-localize keeps a message's old <target> when its English <source> changes, so a
// translation can silently go stale: the reader of Welsh, Polish or Urdu would get the
// old instruction. The translation test compares every source with the English recorded
// here and fails on any difference, until the message is translated again and recorded.
//
//   npm run localize:translated -- <id> [<id> …]   record these messages as translated now
//   npm run localize:translated -- --all           record every translated message
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(readFileSync(path.join(root, 'lit-localize.json'), 'utf8'));
const xliffDir = path.join(root, config.interchange.xliffDir);

/** Where the record is kept. */
export const recordFile = path.join(xliffDir, 'translated-from.json');

const unitPattern = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;
const between = (xml, tag) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];

/** `Map<id, { source, target }>` of one locale's XLIFF file (target undefined if none). */
export function xliffUnits(locale) {
  const xml = readFileSync(path.join(xliffDir, `${locale}.xlf`), 'utf8');
  const units = new Map();
  for (const [, id, body] of xml.matchAll(unitPattern)) {
    units.set(id, { source: between(body, 'source') ?? '', target: between(body, 'target') });
  }
  return units;
}

/** The record: `{ [locale]: { [id]: source } }`. */
export function readRecord() {
  return JSON.parse(readFileSync(recordFile, 'utf8'));
}

/** Messages of `locale` whose English differs from the English they were translated from. */
export function staleTranslations(locale) {
  const recorded = readRecord()[locale] ?? {};
  const stale = [];
  for (const [id, { source, target }] of xliffUnits(locale)) {
    if (target === undefined) continue; // untranslated: the completeness test reports it
    if (recorded[id] !== source) stale.push(id);
  }
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ids = process.argv.slice(2);
  if (ids.length === 0) {
    console.error('usage: npm run localize:translated -- <id> [<id> …] | --all');
    process.exit(2);
  }
  const record = readRecord();
  for (const locale of config.targetLocales) {
    const units = xliffUnits(locale);
    const next = {};
    for (const [id, { source, target }] of units) {
      const chosen = ids.includes('--all') || ids.includes(id);
      if (chosen && target !== undefined) next[id] = source;
      else if (record[locale]?.[id] !== undefined) next[id] = record[locale][id];
    }
    record[locale] = next;
  }
  writeFileSync(recordFile, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`recorded in ${path.relative(root, recordFile)}`);
}
