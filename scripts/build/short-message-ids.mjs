// A Vite plugin for the CDN builds (issue 12): every message id becomes a short one.
//
// Our messages carry readable ids (`msg('…', { id: 'explainer.seek-help.not-ageing' })`),
// which translators and the translated-from gate rely on. In the browser an id is only a
// key: the English text is inline, and a locale module maps the same key to its
// translation. Readable ids cost about 1 KB gzip of the CDN bundle, so the CDN files get
// short keys instead: `"3f"` for the same message in the bundle, in the loader's chunks and
// in the locale modules (`cy.js` …) alike.
//
// - The mapping is the sorted list of every id in the XLIFF files, numbered in base 36:
//   the same in both CDN builds, which write the same locale files.
// - A string literal is rewritten only when its whole content is one of those ids
//   (dotted, so never a tag name, a part, an event or a source id). Any other id, or one
//   built at run time, stays as written, and still works: it keys the same text in the
//   locale module, just not shortened.
// - The npm build keeps the readable ids (partners' bundlers minify as they see fit, and a
//   stack trace or a devtools lookup should name the message).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import MagicString from 'magic-string';

/** Every message id in the XLIFF files under `xliffDir`, sorted, without repeats. */
export function messageIds(xliffDir) {
  const ids = new Set();
  for (const name of readdirSync(xliffDir).filter((file) => file.endsWith('.xlf'))) {
    const xliff = readFileSync(path.join(xliffDir, name), 'utf8');
    for (const match of xliff.matchAll(/<trans-unit\b[^>]*\bid="([^"]+)"/g)) ids.add(match[1]);
  }
  return [...ids].sort();
}

/** Short keys for `ids`, in order: `0` … `z`, `10` … (base 36). */
export function shortIds(ids) {
  return new Map(ids.map((id, index) => [id, index.toString(36)]));
}

/** A quoted string literal (', " or `, without `${`) of one dotted message-like id. */
const dottedLiteral = /(["'`])([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)\1/g;

/**
 * `code` with every literal that is exactly a mapped id replaced by its short key, edited
 * in place so that a source map still points each character of a minified (one-line)
 * file at its source. `null` when nothing changed.
 */
export function shortenMessageIds(code, mapping) {
  const edited = new MagicString(code);
  let count = 0;
  for (const match of code.matchAll(dottedLiteral)) {
    const short = mapping.get(match[2]);
    if (short === undefined) continue;
    edited.overwrite(match.index + 1, match.index + match[0].length - 1, short);
    count += 1;
  }
  if (count === 0) return null;
  return { code: edited.toString(), map: edited.generateMap({ hires: true }), count };
}

/** The plugin: rewrites each output chunk, after minification, with the XLIFF mapping. */
export function shortMessageIds({ xliffDir }) {
  let mapping;
  return {
    name: 'circ:short-message-ids',
    buildStart() {
      mapping = shortIds(messageIds(xliffDir));
      if (mapping.size === 0) this.error(`no message ids found in ${xliffDir}`);
    },
    renderChunk(code) {
      const result = shortenMessageIds(code, mapping);
      return result && { code: result.code, map: result.map };
    },
  };
}
