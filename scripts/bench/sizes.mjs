// Sizes for npm run bench: gzip -9 and brotli (quality 11) of the built CDN files, and
// per-entry bundles of each `src/<entry>.ts` with Lit, built here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, loadConfigFromFile } from 'vite';

/** Raw, gzip -9 and brotli (max quality, text mode) sizes in bytes. */
export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

export const fileSizes = (file) => compressedSizes(readFileSync(file));

/** Files under `src/` that are not library code (the rule of vite.config.ts). */
const notLibraryCode = /\.(test|spec|stories|d)\.ts$/;

/** The registration entries: every top-level `src/*.ts`, as vite.config.ts finds them. */
export function registrationEntries(srcDir) {
  return readdirSync(srcDir)
    .filter((file) => file.endsWith('.ts') && !notLibraryCode.test(file))
    .sort()
    .map((file) => ({ name: file.slice(0, -'.ts'.length), file: `${srcDir}/${file}` }));
}

/**
 * Bundles one entry with everything it imports, Lit included, into `outDir`, with Vite's
 * `build()` API (Rolldown, as the CDN build) and a per-entry config that repeats the
 * settings of `cdnConfig()` in vite.config.ts: production Lit (`production` condition),
 * es2022, fully minified, comments dropped. The plugins are those of the project's npm
 * build (vite.config.ts, default mode), so the bundle is what a partner's bundler makes
 * of our published entry plus Lit. Returns the entry chunk's file: lazily loaded chunks
 * (locales) are not what a page fetches for en-GB.
 */
export async function bundleEntry({ root, entry, name, outDir }) {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production', isSsrBuild: false, isPreview: false },
    `${root}vite.config.ts`,
    root,
    'silent',
  );
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    mode: 'production',
    plugins: loaded?.config.plugins ?? [],
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        output: {
          chunkFileNames: '[name]-[hash].js',
          minify: true,
          comments: { legal: false, annotation: false, jsdoc: false },
        },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const entryChunk = chunks.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  return `${outDir}/${entryChunk.fileName}`;
}

/**
 * The JS files of the CDN build, by role: the bundle, the loader, each locale chunk
 * (`locales/<locale>.js` for a target locale of lit-localize.json) and anything else.
 */
export function cdnFiles(cdnDir, targetLocales) {
  const files = readdirSync(cdnDir, { recursive: true })
    .filter((name) => name.endsWith('.js') && statSync(`${cdnDir}/${name}`).isFile())
    .sort();
  const localeOf = (name) => targetLocales.find((locale) => name === `locales/${locale}.js`);
  return files.map((name) => ({
    name,
    file: `${cdnDir}/${name}`,
    role:
      name === 'circulation-elements.js'
        ? 'bundle'
        : name === 'loader.js'
          ? 'loader'
          : localeOf(name)
            ? 'locale'
            : 'chunk',
    locale: localeOf(name),
  }));
}
