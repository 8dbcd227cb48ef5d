// Writes dist/cdn/integrity.json: the Subresource Integrity hash (sha384) of every file in
// dist/cdn/, keyed by its path relative to that folder ("loader.js", "locales/cy.js" …),
// sorted. Source maps are listed too: browsers never check them, but a partner who copies
// the folder can check every file of the copy against the list.
//
// `npm run build` runs it after both CDN builds (`--mode cdn` and `--mode cdn-loader`
// write to the same folder, so it must come after the second). Run alone:
// `node scripts/build/cdn-integrity.mjs`.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const integrityFile = 'integrity.json';

/** `sha384-<base64>` of some bytes, as an `integrity` attribute takes it. */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Every file under `dir` but the list itself, as sorted paths relative to `dir`. */
export function cdnFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath ?? entry.path}/${entry.name}`.slice(dir.length + 1))
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path !== integrityFile)
    .sort();
}

/** `{ "circulation-elements.js": "sha384-…", … }` for the files in `dir`. */
export function integrityOf(dir) {
  return Object.fromEntries(
    cdnFiles(dir).map((path) => [path, sriHash(readFileSync(`${dir}/${path}`))]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../../dist/cdn', import.meta.url));
  const integrity = integrityOf(dir);
  if (!integrity['circulation-elements.js'] || !integrity['loader.js']) {
    console.error(
      'cdn-integrity: dist/cdn/ lacks circulation-elements.js or loader.js; build both CDN modes first.',
    );
    process.exit(1);
  }
  writeFileSync(`${dir}/${integrityFile}`, `${JSON.stringify(integrity, null, 2)}\n`);
}
