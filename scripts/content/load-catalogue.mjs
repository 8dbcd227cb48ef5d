// Loads src/content/catalogue.ts in Node: esbuild compiles our TypeScript into one
// module (dependencies stay as imports), which is then imported from node_modules/.cache.
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** `{ contentCatalogue, builtInSources }` from src/content/catalogue.ts. */
export async function loadCatalogue() {
  const outdir = `${root}node_modules/.cache/circ-content`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/catalogue-${process.pid}-${Date.now()}.mjs`;
  await build({
    entryPoints: [`${root}src/content/catalogue.ts`],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'error',
    tsconfig: `${root}tsconfig.json`,
  });
  return import(pathToFileURL(outfile).href);
}
