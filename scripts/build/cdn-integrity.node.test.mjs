// node --test: dist/cdn/integrity.json (scripts/build/cdn-integrity.mjs, run by
// `npm run build` after both CDN builds) lists every file of dist/cdn/ with the sha384 of
// its bytes as they are now. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { integrityFile, sriHash } from './cdn-integrity.mjs';

const cdn = fileURLToPath(new URL('../../dist/cdn', import.meta.url));
const listPath = `${cdn}/${integrityFile}`;

function readList() {
  assert.ok(existsSync(listPath), `dist/cdn/${integrityFile} is missing: run \`npm run build\``);
  return JSON.parse(readFileSync(listPath, 'utf8'));
}

/** The files under `dir`, walked here (not with the script's own listing), but the list. */
function filesUnder(dir, prefix = '') {
  return readdirSync(`${dir}/${prefix}`)
    .flatMap((name) =>
      statSync(`${dir}/${prefix}${name}`).isDirectory()
        ? filesUnder(dir, `${prefix}${name}/`)
        : [`${prefix}${name}`],
    )
    .filter((path) => path !== integrityFile);
}

/** The SRI value of a file, computed here independently of the script. */
function actualHash(path) {
  return `sha384-${createHash('sha384')
    .update(readFileSync(`${cdn}/${path}`))
    .digest('base64')}`;
}

describe('dist/cdn/integrity.json', () => {
  it('hashes like an integrity attribute (sha384, base64, known answer)', () => {
    assert.equal(
      sriHash(Buffer.from('abc')),
      'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn',
    );
  });

  it('gives every file its actual sha384', () => {
    const list = readList();
    const wrong = Object.entries(list)
      .filter(([path, hash]) => !existsSync(`${cdn}/${path}`) || actualHash(path) !== hash)
      .map(([path]) => path);
    assert.deepEqual(wrong, [], 'listed files that are missing or whose hash differs');
  });

  it('lists every file in dist/cdn/, locales and source maps included, and nothing else', () => {
    const list = readList();
    assert.deepEqual(Object.keys(list).sort(), filesUnder(cdn).sort());
    for (const file of [
      'circulation-elements.js',
      'loader.js',
      'shared.js',
      'explainer.js',
      'locales/cy.js',
      'locales/pl.js',
      'locales/ur.js',
      'circulation-elements.js.map',
    ]) {
      assert.ok(list[file], `${file} is listed`);
    }
    assert.ok(
      Object.values(list).every((hash) => /^sha384-[A-Za-z0-9+/]{64}$/.test(hash)),
      'every value is sha384- and 48 bytes of base64',
    );
  });
});
