// The clinical safety hazard log (docs/clinical-safety/hazard-log.md) names, for every
// hazard, the tests that show its controls work. This gate (part of `npm run
// test:content`) fails when a named test file or test no longer exists, so a control can
// never lose its evidence without the log being updated.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const logFile = path.join(root, 'docs/clinical-safety/hazard-log.md');

/** The hazards of a hazard log: `[{ id, title, tests: [{ file, name }] }]`. */
export function hazardsOf(markdown) {
  const hazards = [];
  for (const section of markdown.split(/^### /m).slice(1)) {
    const [heading] = section.split('\n');
    const [, id, title] = /^(H\d+)\. (.+)$/.exec(heading) ?? [];
    const tests = [...section.matchAll(/^ {2}- `([^`]+)` › `([^`]+)`$/gm)].map(
      ([, file, name]) => ({
        file,
        name,
      }),
    );
    hazards.push({ id, title, tests });
  }
  return hazards;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Why `{ file, name }` is not a test of this repository, or undefined when it is. */
export function missingTest({ file, name }) {
  const full = path.join(root, file);
  if (!existsSync(full)) return `${file} does not exist`;
  // The name as the first argument of it(…), in any kind of quotes, exactly as written.
  const declared = new RegExp(`\\bit\\(\\s*(['"\`])${escapeRegExp(name)}\\1\\s*,`);
  if (!declared.test(readFileSync(full, 'utf8'))) return `${file} has no test named ${name}`;
  return undefined;
}

describe('hazard log', () => {
  const hazards = hazardsOf(readFileSync(logFile, 'utf8'));

  it('numbers its hazards H1, H2, … in order, each with a title', () => {
    assert.ok(hazards.length >= 10);
    hazards.forEach((hazard, index) => {
      assert.equal(hazard.id, `H${index + 1}`);
      assert.ok(hazard.title.length > 5, hazard.id);
    });
  });

  it('covers the hazards the clinical read named', () => {
    const titles = hazards.map((hazard) => hazard.title.toLowerCase()).join('\n');
    for (const words of [
      'false reassurance',
      'red flag',
      'wrong urgency',
      'outdated content',
      'mistranslated',
      'misleading price',
      'answers leave the page',
    ]) {
      assert.ok(titles.includes(words), `no hazard about "${words}"`);
    }
  });

  it('names at least one test for every hazard, and every named test exists', () => {
    for (const hazard of hazards) {
      assert.ok(hazard.tests.length > 0, `${hazard.id} names no test`);
      for (const test of hazard.tests) {
        assert.equal(missingTest(test), undefined, `${hazard.id}: ${missingTest(test)}`);
      }
    }
  });

  it('tells a real test from one that does not exist', () => {
    const real = {
      file: 'src/content/hazard-log.node.test.mjs',
      name: 'tells a real test from one that does not exist',
    };
    assert.equal(missingTest(real), undefined);
    assert.match(missingTest({ ...real, name: 'tells a real test' }), /has no test named/);
    assert.match(missingTest({ ...real, file: 'src/nowhere.test.ts' }), /does not exist/);
  });
});
