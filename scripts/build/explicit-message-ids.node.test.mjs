// node --test: the CDN builds' check that every msg() call gives its id
// (scripts/build/explicit-message-ids.mjs).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { transformWithEsbuild } from 'vite';
import { callsWithoutId, explicitMessageIds } from './explicit-message-ids.mjs';

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));

describe('explicit message ids', () => {
  it('finds msg() calls without an id, and only those', () => {
    const code = [
      "msg('Hello', { id: 'a.hello' });",
      "msg(str`Hi ${name}`, { desc: 'greeting', 'id': 'a.hi' });",
      "msg('No options');",
      "msg('Other options', { desc: 'no id here' });",
      "msg('Options from elsewhere', options);",
      "other('Not a message');",
    ].join('\n');
    assert.deepEqual(callsWithoutId(code), [
      "msg('No options')",
      "msg('Other options', { desc: 'no id here' })",
      "msg('Options from elsewhere', options)",
    ]);
  });

  it('finds none in our sources', async () => {
    const files = readdirSync(srcDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.ts') && !/\.(test|stories|d)\.ts$/.test(file));
    assert.ok(files.length > 50, `only ${files.length} source files found`);
    for (const file of files) {
      const source = readFileSync(path.join(srcDir, file), 'utf8');
      if (!source.includes('msg(')) continue;
      const { code } = await transformWithEsbuild(source, file, { loader: 'ts' });
      assert.deepEqual(callsWithoutId(code), [], file);
    }
  });

  it("gives @lit/localize's runtime an id generation that hashes nothing", () => {
    const [plugin] = explicitMessageIds({ srcDir });
    assert.equal(plugin.enforce, 'pre');
    const importer = '/x/node_modules/@lit/localize/internal/runtime-msg.js';
    const id = plugin.resolveId('./id-generation.js', importer);
    assert.ok(id);
    assert.match(plugin.load(id), /generateMsgId = \(\) => ""/);
    assert.equal(plugin.resolveId('./id-generation.js', '/x/src/base/localization.ts'), null);
    assert.equal(plugin.load('/x/src/base/localization.ts'), null);
  });

  it('fails the build on a call of ours without an id', () => {
    const [, plugin] = explicitMessageIds({ srcDir });
    const errors = [];
    const context = { error: (message) => errors.push(message) };
    plugin.transform.call(context, "msg('Hello', { id: 'a.hello' });", `${srcDir}a.ts`);
    assert.deepEqual(errors, []);
    plugin.transform.call(context, "msg('Hello');", `${srcDir}a.ts`);
    plugin.transform.call(context, "msg('Hello');", `${srcDir}a.test.ts`);
    plugin.transform.call(context, "msg('Hello');", '/elsewhere/b.js');
    assert.equal(errors.length, 1);
    assert.match(errors[0], /a\.ts: msg\(\) without an explicit \{ id \}/);
  });
});
