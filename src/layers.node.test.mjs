// The import rule of shared/design/architecture.md: imports point downward only, so the
// lower layers stay server-safe and reusable (part of `npm run test:content`).
//
//   elements/  →  citations/, content/, checklist/, base/ (never fixtures/ or test-utils/)
//   citations/ →  content/, base/
//   content/   →  base/ (and the checklist's types: the questions and results are keyed by them)
//   checklist/ →  nothing of ours (the pure rule)
//   base/      →  nothing of ours but the generated locales/
//   cdn/       →  the registration entries (src/*.ts), base/ (the hydration support)
//   ssr/       →  the entry files, base/ and citations/ (Node only; nothing imports ssr/)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('./', import.meta.url));

/** Which layers each layer may import from (besides itself), at run time and for types. */
const allowed = {
  // Library code never imports the shared examples (fixtures/) or the test helpers.
  elements: {
    values: ['base', 'content', 'citations', 'checklist'],
    types: ['base', 'content', 'citations', 'checklist'],
  },
  base: { values: ['locales'], types: ['locales'] },
  checklist: { values: [], types: [] },
  content: { values: ['base'], types: ['base', 'checklist'] },
  citations: { values: ['base', 'content'], types: ['base', 'content'] },
  cdn: { values: ['(entry files)', 'base'], types: ['base'] },
  ssr: {
    values: ['(entry files)', 'base', 'citations'],
    types: ['(entry files)', 'base', 'citations'],
  },
};

/** Every non-test TypeScript file below `dir`, relative to src/. */
function sourceFiles(dir) {
  return readdirSync(path.join(src, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [relative] : [];
  });
}

/** `[{ specifier, typeOnly }]` for every static and dynamic import or re-export in `code`. */
export function importsOf(code) {
  const found = [];
  const statement = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm;
  for (const [, , type, specifier] of code.matchAll(statement)) {
    found.push({ specifier, typeOnly: Boolean(type) });
  }
  for (const [, specifier] of code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) {
    found.push({ specifier, typeOnly: false });
  }
  for (const [, specifier] of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push({ specifier, typeOnly: false });
  }
  return found;
}

/** The layer (top folder under src/) a relative import from `file` lands in, or undefined for packages. */
function layerOf(file, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return target.includes('/') ? target.split('/')[0] : '(entry files)';
}

/** The imports of `file` that break the rule, as "file → specifier" lines. */
export function breaches(file, code) {
  const layer = file.split('/')[0];
  const rule = allowed[layer];
  if (!rule) return [];
  return importsOf(code)
    .filter(({ specifier, typeOnly }) => {
      const target = layerOf(file, specifier);
      if (target === undefined || target === layer) return false;
      return !(typeOnly ? rule.types : rule.values).includes(target);
    })
    .map(({ specifier }) => `${file} → ${specifier}`);
}

describe('layers: imports point downward only', () => {
  for (const layer of Object.keys(allowed)) {
    it(`${layer}/ imports only what lies below it`, () => {
      const found = sourceFiles(layer).flatMap((file) =>
        breaches(file, readFileSync(path.join(src, file), 'utf8')),
      );
      assert.deepEqual(found, []);
    });
  }

  it('the entry files (src/*.ts) import no examples or test helpers', () => {
    const entries = readdirSync(src).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
    );
    assert.ok(entries.includes('index.ts'));
    const found = entries.flatMap((file) =>
      importsOf(readFileSync(path.join(src, file), 'utf8'))
        .filter(({ specifier }) => /^\.\/(fixtures|test-utils)\//.test(specifier))
        .map(({ specifier }) => `${file} → ${specifier}`),
    );
    assert.deepEqual(found, []);
  });

  it('catches an upward import, a re-export and a dynamic import', () => {
    assert.deepEqual(breaches('base/x.ts', "import { a } from '../content/sources.js';"), [
      'base/x.ts → ../content/sources.js',
    ]);
    assert.deepEqual(
      breaches('base/x.ts', "export { b } from '../citations/citation-markers.js';"),
      ['base/x.ts → ../citations/citation-markers.js'],
    );
    assert.deepEqual(breaches('content/x.ts', "const m = import('../elements/a/a.js');"), [
      'content/x.ts → ../elements/a/a.js',
    ]);
    assert.deepEqual(breaches('content/x.ts', "import type { T } from '../checklist/t.js';"), []);
    assert.deepEqual(breaches('content/x.ts', "import { f } from '../checklist/classify.js';"), [
      'content/x.ts → ../checklist/classify.js',
    ]);
    assert.deepEqual(breaches('base/x.ts', "import { css } from 'lit';"), []);
    assert.deepEqual(breaches('elements/a/a.ts', "import { f } from '../../fixtures/a.js';"), [
      'elements/a/a.ts → ../../fixtures/a.js',
    ]);
  });
});
