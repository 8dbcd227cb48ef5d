// Translation completeness (part of `npm run test:content`): every message in the source
// is in each locale's XLIFF file, and every one is translated with the same placeholders,
// from the English the code has now. A message added to the code but not extracted,
// extracted but not translated, or changed in English since it was translated, fails.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { staleTranslations } from '../../scripts/localize/translated-from.mjs';
import { xliffProblems } from '../../scripts/localize/xliff.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(readFileSync(path.join(root, 'lit-localize.json'), 'utf8'));
const ids = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]).sort();

let scratch;
before(() => {
  // Extract afresh into a scratch folder: the messages the code has now.
  scratch = mkdtempSync(path.join(tmpdir(), 'circ-xliff-'));
  const scratchConfig = path.join(scratch, 'lit-localize.json');
  writeFileSync(
    scratchConfig,
    JSON.stringify({
      ...config,
      tsConfig: path.join(root, config.tsConfig),
      inputFiles: config.inputFiles.map((glob) =>
        glob.startsWith('!') ? `!${path.join(root, glob.slice(1))}` : path.join(root, glob),
      ),
      output: { ...config.output, outputDir: path.join(scratch, 'out') },
      interchange: { ...config.interchange, xliffDir: path.join(scratch, 'xliff') },
    }),
  );
  const result = spawnSync('npx', ['lit-localize', 'extract', '--config', scratchConfig], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
});
after(() => rmSync(scratch, { recursive: true, force: true }));

for (const locale of config.targetLocales) {
  describe(`translations: ${locale}`, () => {
    const file = path.join(root, config.interchange.xliffDir, `${locale}.xlf`);

    it('has every message the code uses, and no stale ones', () => {
      assert.deepEqual(ids(file), ids(path.join(scratch, 'xliff', `${locale}.xlf`)));
    });

    it('translates every message, keeping its placeholders', () => {
      assert.deepEqual(xliffProblems(file), []);
    });

    it('translated every message from the English the code has now (none gone stale)', () => {
      // A changed English message keeps its old translation in the XLIFF file. Translate
      // it again, then record it: npm run localize:translated -- <id>
      assert.deepEqual(staleTranslations(locale), []);
    });
  });
}
