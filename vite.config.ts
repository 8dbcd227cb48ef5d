/**
 * Library builds of circulation-elements.
 *
 * - `vite build` (default mode): the npm build. One ES module per registration
 *   entry (every top-level `src/*.ts`), with `preserveModules` so each class
 *   module stays its own side-effect-free file. Output mirrors `src/` in `dist/`.
 *   Lit and the other runtime dependencies stay external (the partner's bundler
 *   dedupes them).
 * - `vite build --mode cdn`: `dist/cdn/circulation-elements.js`, one
 *   self-contained, minified ES module from `src/index.ts` with Lit bundled in,
 *   for `<script type="module">` on pages without a build step. Lazily loaded
 *   chunks (locale files) land beside it.
 * - `vite build --mode cdn-loader` (after `cdn`, into the same folder):
 *   `dist/cdn/loader.js` from `src/cdn/loader.ts` and one chunk per element
 *   beside it, sharing Lit; see `cdnLoaderConfig()`.
 *
 * Every build here minifies the CSS and HTML inside Lit's css`` and html`` templates
 * (`scripts/build/minify-templates.mjs`): JavaScript minifiers leave template
 * contents alone, so without it every partner's bundle would ship our indentation.
 * The npm build stays unminified JavaScript, readable as it is; only the template
 * text is compact. It has no source maps (the README says why); the CDN builds,
 * minified, keep theirs with the sources in them.
 *
 * Neither build empties `dist/`: `scripts/clean.mjs` does that once, before the
 * two Vite builds and `tsc` (which writes the `.d.ts` files) fill it.
 *
 * Storybook reads this file too, but its Vite builder drops the `build` key
 * (keeping only `build.target`), and `.storybook/main.ts` strips any library
 * settings again in `viteFinal`. Keep library-only settings under `build`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type Plugin, type UserConfig } from 'vite';
import { minifyTemplates } from './scripts/build/minify-templates.mjs';
import { themeStylesheets } from './scripts/build/themes.mjs';
import { shortMessageIds } from './scripts/build/short-message-ids.mjs';
import { explicitMessageIds } from './scripts/build/explicit-message-ids.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const srcDir = `${root}src`;

/** Files under `src/` that are never part of the published library. */
const notLibraryCode = /\.(test|spec|stories|d)\.ts$/;

/**
 * Registration entries: every top-level `src/*.ts`, so a new element needs its
 * `src/<name>.ts` and nothing here.
 */
function registrationEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of readdirSync(srcDir).sort()) {
    if (!file.endsWith('.ts') || notLibraryCode.test(file)) continue;
    entries[file.slice(0, -'.ts'.length)] = `${srcDir}/${file}`;
  }
  return entries;
}

/**
 * The Node-only entries (issue 13): `circulation-elements/ssr` and the pre-render CLI
 * (package `bin`). In the npm build only; the CDN builds are for browsers.
 */
const serverEntries: Record<string, string> = {
  'ssr/index': `${srcDir}/ssr/index.ts`,
  'ssr/cli': `${srcDir}/ssr/cli.ts`,
};

/**
 * The React wrappers (issue 14): `circulation-elements/react`, one module per element
 * (`dist/react/explainer.js` …) and `dist/react/index.js`, generated from the manifest into
 * `src/react/` by `scripts/build/react-wrappers.mjs`. In the npm build only; `react` and
 * `@lit/react` stay external.
 */
function reactEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of readdirSync(`${srcDir}/react`).sort()) {
    if (!file.endsWith('.ts') || notLibraryCode.test(file)) continue;
    entries[`react/${file.slice(0, -'.ts'.length)}`] = `${srcDir}/react/${file}`;
  }
  return entries;
}

/**
 * Bare imports that stay external in the npm build: `lit`, `lit/*`,
 * `lit-html`, `lit-element`, `@lit/*`, `@lit-labs/*`, and whatever else is a
 * runtime (peer) dependency in package.json.
 */
function isExternal(id: string): boolean {
  if (id.startsWith('node:')) return true;
  if (/^(lit|lit-html|lit-element)(\/|$)/.test(id)) return true;
  if (/^@lit(-labs)?\//.test(id)) return true;
  return runtimeDependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  name: string;
  version: string;
  license?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const runtimeDependencies = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
];

/**
 * Keeps the registration entries' side effects (`define(...)`) when another
 * module imports them only for that, as `src/index.ts` does.
 *
 * Vite applies package.json `sideEffects` to the package's own files, and that
 * field names the published `dist/` entries, so without this every `src/*.ts`
 * counts as side-effect free and `import './explainer.js'` is tree-shaken away
 * (the CDN bundle would then define no element at all, and neither would a
 * Storybook build). A transform hook's `moduleSideEffects` outranks the
 * package.json field. Storybook picks this plugin up from here as well.
 */
function keepRegistrationSideEffects(): Plugin {
  const registrationEntry = /[\\/]src[\\/][^\\/]+\.ts$/;
  return {
    name: 'circ:keep-registration-side-effects',
    transform: {
      filter: { id: registrationEntry },
      handler(_code, id) {
        if (notLibraryCode.test(id) || !id.startsWith(srcDir)) return null;
        return { moduleSideEffects: true };
      },
    },
  };
}

/**
 * Output path of a module in the npm build: `src/` mirrored, except helpers the
 * compiler injects (a decorator or class-field helper lives in a virtual module whose
 * path would carry the compiler's version), which go to `dist/_helpers/`. None is
 * injected today (the elements declare `static properties`, not decorators); this keeps
 * any future one out of a versioned path.
 */
function npmFileName({ name }: { name: string }): string {
  if (name.startsWith('_virtual/')) return `_helpers/${name.split('/').pop()}.js`;
  return `${name}.js`;
}

/**
 * The npm build: unminified, one file per source module, dependencies external; the
 * theme stylesheets (`src/themes/*.css`, `--circ-*` values only) copied into
 * `dist/themes/`.
 */
function npmConfig(): UserConfig {
  return {
    plugins: [themeStylesheets({ themesDir: `${srcDir}/themes`, pkg })],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      copyPublicDir: false,
      minify: false,
      // No maps: the modules read like the sources (only the types are gone).
      // Maps point at src/, which is not published, so they would need the sources in
      // them (that doubled the package) or leave partners' bundlers warning about it.
      sourcemap: false,
      reportCompressedSize: false,
      lib: {
        entry: { ...registrationEntries(), ...serverEntries, ...reactEntries() },
        formats: ['es'],
      },
      rolldownOptions: {
        external: isExternal,
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: npmFileName,
          chunkFileNames: npmFileName,
        },
      },
    },
  };
}

/** Where the CDN builds' lazily loaded chunks come from, by file name. */
const localeModule = /[\\/]src[\\/]locales[\\/]([^\\/]+)\.ts$/;
const registrationModule = /[\\/]src[\\/]([^\\/]+)\.ts$/;

/**
 * Stable names for the CDN chunks, beside the bundle and the loader: a locale file
 * is `locales/<locale>.js` (`locales/cy.js`, so partners who host the files can cache and
 * pin them by name), an element's chunk for the loader is its registration
 * entry's name (`explainer.js`), what most of them share (Lit and the base among it)
 * is `shared.js`. Anything else Rolldown splits off is named after its first module
 * (`shared-statements.js`), without a hash: the files are published per version, so a
 * name never needs to change for caching, and partners' SRI lists stay the same from one
 * build to the next.
 */
function cdnChunkFileName(chunk: { name: string; facadeModuleId: string | null }): string {
  const id = chunk.facadeModuleId ?? '';
  const locale = localeModule.exec(id);
  if (locale) return `locales/${locale[1]}.js`;
  const entry = registrationModule.exec(id);
  if (entry && id.startsWith(srcDir)) return `${entry[1]}.js`;
  if (chunk.name === 'shared') return 'shared.js';
  return '[name].js';
}

/**
 * The bundle's own lazily loaded chunks (its hydration support) import the bundle, and
 * the loader's import `shared.js`: the same module, two different files. So the bundle's
 * are prefixed (`circulation-elements.hydrate-support.js`), and neither build overwrites
 * the other's. Locale files are the same in both and keep their names.
 */
function bundleChunkFileName(chunk: { name: string; facadeModuleId: string | null }): string {
  if (localeModule.test(chunk.facadeModuleId ?? '')) return cdnChunkFileName(chunk);
  return `circulation-elements.${cdnChunkFileName(chunk)}`;
}

/**
 * Both CDN builds write the locale files (`cy.js` …), so the two copies must be the
 * same file: a locale module imports nothing (lit-localize's output, with its own `str`,
 * see scripts/localize/build.mjs). If one ever imports something, each build would
 * point it at its own Lit, and the second build would overwrite the first's file.
 */
function selfContainedLocaleChunks(): Plugin {
  return {
    name: 'circ:self-contained-locale-chunks',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !localeModule.test(chunk.facadeModuleId ?? '')) continue;
        if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0) {
          this.error(
            `${chunk.fileName} imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}; ` +
              'locale modules must import nothing (both CDN builds write the same file).',
          );
        }
      }
    },
  };
}

/** What the two CDN builds share: production Lit, es2022, fully minified, one notice. */
function cdnBaseConfig(): UserConfig {
  return {
    // Lit's package exports pick their production build unless the
    // "development" condition is set; Vite sets it only when NODE_ENV is not
    // "production", and `vite build` (any --mode) runs with NODE_ENV=production.
    // Pin it anyway so a stray NODE_ENV cannot ship dev-mode Lit to partners.
    resolve: { conditions: ['module', 'browser', 'production'] },
    plugins: [
      selfContainedLocaleChunks(),
      shortMessageIds({ xliffDir: `${root}xliff` }),
      ...explicitMessageIds({ srcDir }),
    ],
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: true,
      rolldownOptions: {
        output: {
          // Lazily loaded modules (locale files, the loader's chunks) sit beside
          // the bundle and the loader.
          chunkFileNames: cdnChunkFileName,
          // Vite's library mode keeps whitespace in ES output so that a
          // partner's bundler can still tree-shake it; nobody re-bundles these
          // files, so minify them fully and drop the tree-shaking annotations.
          minify: true,
          comments: { legal: false, annotation: false, jsdoc: false },
          // One notice instead of Lit's per-file @license comments (BSD-3-Clause
          // asks for the notice to travel with redistributed copies).
          postBanner: `/*! ${pkg.name} ${pkg.version} (${pkg.license ?? 'UNLICENSED'}). Bundles Lit, Copyright Google LLC, BSD-3-Clause. */`,
        },
      },
    },
  };
}

/** The CDN bundle: one minified, self-contained ES module with production Lit. */
function cdnConfig(): UserConfig {
  return mergeConfig(cdnBaseConfig(), {
    build: {
      lib: {
        entry: `${srcDir}/cdn/bundle.ts`,
        formats: ['es'],
        fileName: () => 'circulation-elements.js',
      },
      rolldownOptions: {
        // Lit and everything else the hydration chunk shares with the bundle stay in the
        // bundle (the chunk imports them from it): the bundle stays one self-contained
        // file. With the default ('strict'), Rolldown splits them into a third file.
        preserveEntrySignatures: 'allow-extension',
        output: { chunkFileNames: bundleChunkFileName },
      },
    },
  });
}

/**
 * The CDN loader (`vite build --mode cdn-loader`, after `--mode cdn`, into the same
 * folder): `loader.js` from `src/cdn/loader.ts`, which imports each element's
 * registration entry lazily, so each becomes its own chunk. Modules that three or
 * more element chunks use (Lit and the base among them) go into one
 * `shared.js`; Rolldown splits what two share into small chunks of their own. Of
 * a share count of 2, 3 or 4, 3 makes the smallest one-explainer page (16.2 KB gzip on
 * 2 December 2026, against 17.6 KB for 2 and 16.5 KB for 4): a page with one
 * `<circ-explainer>` fetches `loader.js`, `explainer.js` and `shared.js`.
 */
function cdnLoaderConfig(): UserConfig {
  return mergeConfig(cdnBaseConfig(), {
    build: {
      lib: {
        entry: `${srcDir}/cdn/loader.ts`,
        formats: ['es'],
        fileName: () => 'loader.js',
      },
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [{ name: 'shared', minShareCount: 3 }],
          },
        },
      },
    },
  });
}

const modes: Record<string, () => UserConfig> = {
  cdn: cdnConfig,
  'cdn-loader': cdnLoaderConfig,
};

export default defineConfig(({ mode }) =>
  mergeConfig(
    { plugins: [keepRegistrationSideEffects(), minifyTemplates({ srcDir })] },
    (modes[mode] ?? npmConfig)(),
  ),
);
