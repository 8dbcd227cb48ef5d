// node --test: the theme stylesheets as the npm build publishes them (dist/themes/), from
// src/themes/*.css: the source as written after a one-line notice with the version. The
// built files are compared when dist/ exists (`npm run build` first, as CI does);
// src/themes.node.test.mjs checks the sources keep the theme rule.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { publishedTheme, themeFiles } from './themes.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const themesDir = `${root}src/themes`;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

describe('theme stylesheets', () => {
  it('lists the theme sources, CSS files only', () => {
    assert.deepEqual(
      themeFiles(themesDir).filter((file) => !file.endsWith('.css')),
      [],
    );
    assert.ok(themeFiles(themesDir).includes('nhs.css'));
  });

  it('publishes a theme as written, after a notice naming the package, version and theme', () => {
    const source = ':where(:root) {\n  --circ-space: 2rem;\n}\n';
    assert.equal(
      publishedTheme('src/themes/nhs.css', source, {
        name: 'circulation-elements',
        version: '1.2.3',
        license: 'MIT',
      }),
      `/*! circulation-elements 1.2.3 (MIT): the nhs theme. */\n${source}`,
    );
  });

  it('keeps the media queries in min-width form (range syntax needs Safari 16.4)', () => {
    const source = readFileSync(`${themesDir}/nhs.css`, 'utf8');
    assert.match(source, /@media \(min-width: 40\.0625em\)/);
    assert.doesNotMatch(source, /@media[^{]*[<>]=?/);
  });

  it('is what the build wrote to dist/themes/', (t) => {
    if (!existsSync(`${root}dist/index.js`)) return t.skip('dist/ is missing: run `npm run build`');
    for (const file of themeFiles(themesDir)) {
      const source = readFileSync(`${themesDir}/${file}`, 'utf8');
      assert.equal(
        readFileSync(`${root}dist/themes/${file}`, 'utf8'),
        publishedTheme(file, source, pkg),
        `dist/themes/${file} is stale: run \`npm run build\``,
      );
    }
  });
});
