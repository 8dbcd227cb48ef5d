// node --test: the package is server-safe (issue 13): importing any entry in Node and
// constructing any element touches no `document` or `window`, and starts no observer.
// Runs the built dist/ (`npm run build` first). Part of `npm run test:ssr`.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);
const entries = readdirSync(dist).filter((name) => /^[a-z-]+\.js$/.test(name));

describe('server safety', () => {
  it('has the entries to check', () => {
    assert.ok(entries.includes('index.js') && entries.includes('symptom-checklist.js'));
  });

  for (const entry of entries) {
    it(`imports ${entry} in Node without a browser global`, async () => {
      await import(new URL(entry, dist).href);
      assert.equal(typeof globalThis.document, 'undefined');
      assert.equal(typeof globalThis.window, 'undefined');
    });
  }

  it('constructs every element without touching the page, and without a warning', async () => {
    const warnings = [];
    const warn = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      const library = await import(new URL('index.js', dist).href);
      const classes = Object.entries(library).filter(([name]) => /^Circ[A-Z]/.test(name));
      assert.ok(classes.length >= 7, `only ${classes.length} element classes exported`);
      for (const [name, ElementClass] of classes) {
        if (name === 'CircElement') continue;
        assert.doesNotThrow(() => new ElementClass(), name);
      }
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(warnings, []);
  });
});
