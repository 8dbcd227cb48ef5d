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
 *
 * Both builds minify the CSS and HTML inside Lit's css`` and html`` templates
 * (`scripts/build/minify-templates.mjs`): JavaScript minifiers leave template
 * contents alone, so without it every partner's bundle would ship our indentation.
 * The npm build stays unminified JavaScript, readable with its source maps; only
 * the template text is compact.
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
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyTemplates } from './scripts/build/minify-templates.mjs';

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
 * Bare imports that stay external in the npm build: `lit`, `lit/*`,
 * `lit-html`, `lit-element`, `@lit/*`, `@lit-labs/*`, and whatever else is a
 * runtime (peer) dependency in package.json.
 */
function isExternal(id: string): boolean {
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
 * compiler injects (the legacy-decorator helper lives in a virtual module whose
 * path would carry the compiler's version), which go to `dist/_helpers/`.
 */
function npmFileName({ name }: { name: string }): string {
  if (name.startsWith('_virtual/')) return `_helpers/${name.split('/').pop()}.js`;
  return `${name}.js`;
}

/** The npm build: unminified, one file per source module, dependencies external. */
function npmConfig(): UserConfig {
  return {
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      copyPublicDir: false,
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: registrationEntries(),
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

/** The CDN build: one minified, self-contained ES module with production Lit. */
function cdnConfig(): UserConfig {
  return {
    // Lit's package exports pick their production build unless the
    // "development" condition is set; Vite sets it only when NODE_ENV is not
    // "production", and `vite build` (any --mode) runs with NODE_ENV=production.
    // Pin it anyway so a stray NODE_ENV cannot ship dev-mode Lit to partners.
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: true,
      lib: {
        entry: `${srcDir}/index.ts`,
        formats: ['es'],
        fileName: () => 'circulation-elements.js',
      },
      rolldownOptions: {
        output: {
          // Lazily loaded modules (locale files) sit beside the bundle.
          chunkFileNames: '[name]-[hash].js',
          // Vite's library mode keeps whitespace in ES output so that a
          // partner's bundler can still tree-shake it; nobody re-bundles this
          // file, so minify it fully and drop the tree-shaking annotations.
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

export default defineConfig(({ mode }) => ({
  plugins: [keepRegistrationSideEffects(), minifyTemplates({ srcDir })],
  ...(mode === 'cdn' ? cdnConfig() : npmConfig()),
}));
