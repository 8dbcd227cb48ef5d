// node --test: what `npm pack` would put in the tarball (`npm pack --dry-run --json`, which
// writes nothing). It must hold the built package, the manifest, the editor data and the
// release documents; no tests, stories, fixtures, test helpers, sources or coverage; every
// path package.json names must be in it; source maps only where kept on purpose (the
// minified CDN files, with their sources inside). Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** The tarball's file paths, from `npm pack --dry-run --json`. */
function packedFiles() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `npm pack --dry-run failed:\n${result.stderr}`);
  const [tarball] = JSON.parse(result.stdout);
  return tarball.files.map((file) => file.path);
}

/** Every path a package.json field or an `exports` condition names, without `./`. */
function namedPaths(manifest) {
  const paths = new Map(); // path → where package.json names it
  const add = (path, where) => paths.set(path.replace(/^\.\//, ''), where);
  const walk = (value, where) => {
    if (typeof value === 'string') add(value, where);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, where));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, `${where} ${key}`);
    }
  };
  walk(manifest.exports, 'exports');
  for (const field of ['main', 'module', 'types', 'customElements', 'web-types']) {
    if (manifest[field]) add(manifest[field], field);
  }
  walk(manifest.bin, 'bin');
  return paths;
}

/** A package.json path with `*` (exports patterns, sideEffects globs) as a RegExp. */
function pathPattern(path) {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\*\*?/g, '.+')}$`);
}

/** Tests, stories, fixtures, test helpers, sources, coverage and tool output. */
const forbidden = [
  [/(^|\/)[^/]+\.(test|spec)\.[cm]?[jt]sx?$/, 'a test'],
  [/\.node\.test\.mjs$/, 'a test'],
  [/(^|\/)__tests__\//, 'a test'],
  [/\.stories\.[cm]?[jt]sx?$|(^|\/)stories\//, 'a story'],
  [/(^|\/)fixtures\//, 'a fixture'],
  [/(^|\/)test-utils\//, 'a test helper'],
  [/^src\//, 'a source file'],
  [/(?<!\.d)\.[cm]?tsx?$/, 'a TypeScript source'],
  [/^(coverage|storybook-static|bench|tmp|scripts|xliff|docs|node_modules)\//, 'not for partners'],
  [
    /^(\.|tsconfig|vite\.config|eslint\.config|web-test-runner|custom-elements-manifest\.config)/,
    'configuration',
  ],
];

describe('the npm tarball', () => {
  let files;
  let fileSet;
  before(() => {
    assert.ok(existsSync(`${root}dist/index.js`), 'dist/ is missing: run `npm run build`');
    files = packedFiles();
    fileSet = new Set(files);
  });

  it('has the built modules, types, CDN files, manifest, editor data and release documents', () => {
    const required = [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'SECURITY.md',
      'custom-elements.json',
      'vscode.html-custom-data.json',
      'vscode.css-custom-data.json',
      'web-types.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/hydrate.js',
      'dist/ssr/index.js',
      'dist/ssr/cli.js',
      'dist/cdn/circulation-elements.js',
      'dist/cdn/loader.js',
      'dist/cdn/shared.js',
      'dist/cdn/integrity.json',
      'dist/locales/cy.js',
      ...['cy', 'pl', 'ur'].map((locale) => `dist/cdn/locales/${locale}.js`),
      ...[
        'explainer',
        'comparison',
        'symptom-checklist',
        'care-card',
        'sources',
        'price-banner',
        'walking-plan',
      ].flatMap((entry) => [`dist/${entry}.js`, `dist/${entry}.d.ts`, `dist/cdn/${entry}.js`]),
    ];
    assert.deepEqual(
      required.filter((file) => !fileSet.has(file)),
      [],
    );
  });

  it('has every CDN file that integrity.json lists', () => {
    const list = JSON.parse(readFileSync(`${root}dist/cdn/integrity.json`, 'utf8'));
    assert.deepEqual(
      Object.keys(list).filter((file) => !fileSet.has(`dist/cdn/${file}`)),
      [],
    );
  });

  it('has no tests, stories, fixtures, test helpers, sources, coverage or tool files', () => {
    const found = files.flatMap((file) =>
      forbidden.filter(([pattern]) => pattern.test(file)).map(([, what]) => `${file}: ${what}`),
    );
    assert.deepEqual(found, []);
  });

  it('has a file for every path package.json names (exports, main, types, bin, web-types …)', () => {
    const paths = namedPaths(pkg);
    assert.ok(paths.size > 10, 'package.json names its paths');
    const missing = [...paths]
      .filter(([path]) =>
        path.includes('*')
          ? !files.some((file) => pathPattern(path).test(file))
          : !fileSet.has(path),
      )
      .map(([path, where]) => `${where}: ${path}`);
    assert.deepEqual(missing, []);
  });

  it('has a file for every sideEffects entry', () => {
    const missing = (pkg.sideEffects ?? [])
      .map((path) => path.replace(/^\.\//, ''))
      .filter((path) =>
        path.includes('*')
          ? !files.some((file) => pathPattern(path).test(file))
          : !fileSet.has(path),
      );
    assert.deepEqual(missing, []);
  });

  it('keeps source maps only for the minified CDN files, with their sources inside', () => {
    const maps = files.filter((file) => file.endsWith('.map'));
    assert.deepEqual(
      maps.filter((file) => !file.startsWith('dist/cdn/')),
      [],
      'the npm build ships no maps (its modules are unminified)',
    );
    const cdnModules = files.filter((file) => file.startsWith('dist/cdn/') && file.endsWith('.js'));
    assert.deepEqual(
      cdnModules.filter((file) => !fileSet.has(`${file}.map`)),
      [],
      'every CDN module has its map',
    );
    const withoutSources = maps.filter((file) => {
      const map = JSON.parse(readFileSync(`${root}${file}`, 'utf8'));
      return !(
        map.sourcesContent?.length === map.sources.length &&
        map.sourcesContent.every((text) => typeof text === 'string')
      );
    });
    assert.deepEqual(withoutSources, [], 'a CDN map without its sources would show nothing');
  });

  it('names the CDN files without hashes, so partners can pin and cache them', () => {
    const hashed = files.filter(
      (file) =>
        file.startsWith('dist/cdn/') && /-(?=[\w-]*[A-Z0-9])[\w-]{8}\.js(\.map)?$/.test(file),
    );
    assert.deepEqual(hashed, []);
  });

  it('finds what does not belong (the checks themselves)', () => {
    const bad = [
      'src/index.ts',
      'dist/elements/explainer/explainer.test.js',
      'dist/fixtures/examples.js',
      'dist/test-utils/warnings.js',
      'stories/explainer.stories.ts',
      'coverage/lcov.info',
      'scripts/build/tarball.node.test.mjs',
      'tsconfig.json',
    ];
    assert.deepEqual(
      bad.filter((file) => !forbidden.some(([pattern]) => pattern.test(file))),
      [],
    );
    for (const good of ['dist/index.d.ts', 'dist/index.js', 'dist/cdn/locales/cy.js', 'LICENSE']) {
      assert.ok(!forbidden.some(([pattern]) => pattern.test(good)), good);
    }
    const paths = namedPaths({
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
      bin: { x: 'dist/cli.js' },
      'web-types': './web-types.json',
    });
    assert.deepEqual([...paths.keys()].sort(), [
      'dist/cli.js',
      'dist/index.d.ts',
      'dist/index.js',
      'web-types.json',
    ]);
    assert.ok(pathPattern('dist/ssr/*.js').test('dist/ssr/cli.js'));
    assert.ok(!/-(?=[\w-]*[A-Z0-9])[\w-]{8}\.js$/.test('dist/cdn/shared-statements.js'));
    assert.ok(/-(?=[\w-]*[A-Z0-9])[\w-]{8}\.js$/.test('dist/cdn/locales/cy-B31ZteJc.js'));
  });
});
