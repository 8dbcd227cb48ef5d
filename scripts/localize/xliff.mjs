// Reads the XLIFF 1.2 files lit-localize writes (xliff/<locale>.xlf) and reports every
// message that has no translation, or whose placeholders differ from the source.
// Used by the localization test and by `npm run localize:check`.
import { readFileSync } from 'node:fs';

const unitPattern = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;
const placeholderPattern = /<x id="(\d+)"[^>]*\/>/g;

const between = (xml, tag) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
const placeholders = (text) => [...text.matchAll(placeholderPattern)].map((m) => m[1]).sort();

/** Problems in one locale's XLIFF file: `[{ id, problem }]`, empty when complete. */
export function xliffProblems(file) {
  const xml = readFileSync(file, 'utf8');
  const problems = [];
  for (const [, id, body] of xml.matchAll(unitPattern)) {
    const source = between(body, 'source') ?? '';
    const target = between(body, 'target');
    if (target === undefined || target.replace(placeholderPattern, '').trim() === '') {
      problems.push({ id, problem: 'not translated' });
    } else if (placeholders(source).join() !== placeholders(target).join()) {
      problems.push({ id, problem: 'placeholders differ from the source' });
    }
  }
  return problems;
}

/** The number of messages in a locale's XLIFF file. */
export function xliffMessageCount(file) {
  return [...readFileSync(file, 'utf8').matchAll(unitPattern)].length;
}
