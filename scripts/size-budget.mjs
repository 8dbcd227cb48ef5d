// npm run test:size — the size budgets of issue 12, part of `npm test`. Deterministic: gzip
// -9 bytes (Node's zlib, level 9) of the build output against size-budget.json; no timing.
// Needs `npm run build` first (CI runs it before `npm test`): it measures dist/cdn as built.
//
// Measured:
//  - the CDN bundle, dist/cdn/circulation-elements.js;
//  - each locale chunk (dist/cdn/locales/<locale>.js, one per target locale);
//  - the loader's one-explainer page: what a page with one <circ-explainer> fetches
//    through dist/cdn/loader.js (the loader, explainer.js and every chunk it imports
//    statically, shared.js among them), each file gzipped on its own, summed;
//  - each single-element entry (src/<entry>.ts) bundled here with production Lit,
//    minified, as the CDN build does (vite.config.ts in `cdn` mode, one entry), into
//    node_modules/.cache/size-budget: what one element costs a page.
//
// Prints a table (size, budget, ratio, goal) and exits 1 when an item is over its budget,
// has no budget, or a budget names nothing that was measured. Budgets only go down: set
// one to the goal once it is met, or lower it to the new size after a change that shrinks
// it (`--lower` writes each item's measured size rounded up to 0.5 KB where that is below
// its budget, and adds missing items the same way).
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));
const budgetFile = `${root}size-budget.json`;
const cdnDir = `${root}dist/cdn`;
const cacheDir = `${root}node_modules/.cache/size-budget`;
const KB = 1024;

export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** `bytes` rounded up to the next half kilobyte (512 bytes). */
export const roundUpToHalfKb = (bytes) => Math.ceil(bytes / 512) * 512;

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * Compares measured sizes with budgets. `measured`: `{ name: bytes }`; `budgets`:
 * `{ name: { budget, goal? } }`. Returns one row per item and the problems found.
 */
export function checkBudgets(measured, budgets) {
  const rows = [];
  const problems = [];
  for (const [name, bytes] of Object.entries(measured)) {
    const entry = budgets[name];
    if (!entry) {
      problems.push(`${name}: no budget in size-budget.json (measured ${bytes} bytes)`);
      rows.push({ name, bytes, status: 'NO BUDGET' });
      continue;
    }
    const over = bytes > entry.budget;
    if (over) {
      problems.push(`${name}: ${bytes} bytes, over its budget of ${entry.budget} bytes`);
    }
    const atGoal = entry.goal === undefined || bytes <= entry.goal;
    rows.push({
      name,
      bytes,
      budget: entry.budget,
      goal: entry.goal,
      status: over ? 'OVER BUDGET' : atGoal ? 'ok' : 'ok, not yet at goal',
    });
  }
  for (const name of Object.keys(budgets)) {
    if (!(name in measured)) problems.push(`${name}: has a budget but was not measured`);
  }
  return { rows, problems };
}

/**
 * Budgets lowered to what was measured (rounded up to 0.5 KB, or the goal when the size
 * meets it), never raised; missing items added the same way with `goals[name]`.
 */
export function lowerBudgets(measured, budgets, goals = {}) {
  const lowered = {};
  for (const [name, bytes] of Object.entries(measured)) {
    const goal = budgets[name]?.goal ?? goals[name];
    const fitted = goal !== undefined && bytes <= goal ? goal : roundUpToHalfKb(bytes);
    const budget = Math.min(budgets[name]?.budget ?? Infinity, fitted);
    lowered[name] = goal === undefined ? { budget } : { budget, goal };
  }
  return lowered;
}

/** The relative static imports (`import … from './x.js'`, `export … from`) of a chunk. */
async function staticImports(file) {
  const { parseAst } = await import('vite');
  const ast = parseAst(readFileSync(file, 'utf8'));
  return ast.body
    .filter((node) => /^(Import|ExportNamed|ExportAll)Declaration$/.test(node.type))
    .map((node) => node.source?.value)
    .filter((specifier) => typeof specifier === 'string' && specifier.startsWith('./'));
}

/** The files a page fetches for `chunk` and what it imports statically, in dist/cdn. */
async function chunkClosure(chunk) {
  const seen = new Set();
  const queue = [chunk];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const next = await staticImports(`${cdnDir}/${file}`);
    queue.push(...next.map((specifier) => path.posix.normalize(specifier)));
  }
  return [...seen];
}

/** The registration entries (every top-level src/*.ts but index.ts), as vite.config.ts. */
function registrationEntries() {
  return readdirSync(`${root}src`)
    .filter((file) => file.endsWith('.ts') && !/\.(test|spec|stories|d)\.ts$/.test(file))
    .filter((file) => file !== 'index.ts')
    .sort()
    .map((file) => file.slice(0, -'.ts'.length));
}

/** One entry bundled with production Lit, as the CDN build: its gzip size. */
async function entrySize(name) {
  const { build } = await import('vite');
  const outDir = `${cacheDir}/${name}`;
  await build({
    configFile: `${root}vite.config.ts`,
    mode: 'cdn',
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: `${root}src/${name}.ts`, fileName: () => `${name}.js` },
    },
  });
  return gzipSize(readFileSync(`${outDir}/${name}.js`));
}

/** The goals of issue 12, by item. */
function goalsFor(names) {
  const goals = {};
  for (const name of names) {
    if (name === 'CDN bundle circulation-elements.js') goals[name] = 18 * KB;
    else if (name.startsWith('loader page')) goals[name] = 12 * KB;
    // Issue 12's goal is for each element's entry; hydrate.js is the hydration support.
    else if (name.startsWith('entry ') && !name.startsWith('entry hydrate.js')) {
      goals[name] = 11 * KB;
    }
  }
  return goals;
}

function missingBuild() {
  const needed = ['circulation-elements.js', 'loader.js', 'explainer.js'].filter(
    (file) => !existsSync(`${cdnDir}/${file}`),
  );
  return needed.map((file) => `dist/cdn/${file}`);
}

/**
 * Warns (only) when a source file is newer than the build being measured. The generated
 * locale modules are left out: `npm test` regenerates them (npm run localize) after CI's build.
 */
function warnIfStale() {
  const built = statSync(`${cdnDir}/circulation-elements.js`).mtimeMs;
  const generated = path.join(root, 'src', 'locales');
  const newer = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const file = path.join(dir, entry.name);
      if (file === generated) return false;
      if (entry.isDirectory()) return newer(file);
      return !entry.name.endsWith('.test.ts') && statSync(file).mtimeMs > built;
    });
  if (newer(`${root}src`)) {
    console.warn('note: src/ changed after the last build; run `npm run build` for current sizes.');
  }
}

async function measure() {
  const measured = {};
  measured['CDN bundle circulation-elements.js'] = gzipSize(
    readFileSync(`${cdnDir}/circulation-elements.js`),
  );
  const { targetLocales } = JSON.parse(readFileSync(`${root}lit-localize.json`, 'utf8'));
  for (const locale of targetLocales) {
    measured[`locale chunk ${locale}.js`] = gzipSize(
      readFileSync(`${cdnDir}/locales/${locale}.js`),
    );
  }
  const loaderImports = readFileSync(`${cdnDir}/loader.js`, 'utf8');
  if (!/import\(\s*[`'"]\.\/explainer\.js[`'"]\s*\)/.test(loaderImports)) {
    throw new Error('dist/cdn/loader.js does not load ./explainer.js: is the build current?');
  }
  const page = ['loader.js', ...(await chunkClosure('explainer.js'))];
  measured['loader page: one <circ-explainer>'] = page.reduce(
    (sum, file) => sum + gzipSize(readFileSync(`${cdnDir}/${file}`)),
    0,
  );
  for (const name of registrationEntries()) {
    measured[`entry ${name}.js with Lit`] = await entrySize(name);
  }
  rmSync(cacheDir, { recursive: true, force: true });
  return { measured, page };
}

function printTable(rows, page) {
  const header = ['item (gzip -9)', 'size', 'budget', 'ratio', 'goal', ''];
  const lines = rows.map((row) => [
    row.name,
    `${kb(row.bytes)} (${row.bytes})`,
    row.budget === undefined ? '–' : `${kb(row.budget)} (${row.budget})`,
    row.budget === undefined ? '–' : (row.bytes / row.budget).toFixed(2),
    row.goal === undefined ? '–' : kb(row.goal),
    row.status,
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...lines.map((l) => l[i].length)));
  const format = (cells) =>
    cells
      .map((cell, i) =>
        i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
      )
      .join('  ')
      .trimEnd();
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
  console.log(`\nloader page files: ${page.join(', ')}`);
}

async function main() {
  const missing = missingBuild();
  if (missing.length > 0) {
    console.error(
      `size budgets: ${missing.join(', ')} missing. Run \`npm run build\` first: ` +
        'npm run test:size measures the build output.',
    );
    process.exit(1);
  }
  warnIfStale();
  let budgets = existsSync(budgetFile) ? JSON.parse(readFileSync(budgetFile, 'utf8')).budgets : {};
  const { measured, page } = await measure();
  if (process.argv.includes('--lower')) {
    budgets = lowerBudgets(measured, budgets, goalsFor(Object.keys(measured)));
    writeBudgetFile(budgets);
    console.log("size-budget.json: each budget lowered to its item's size where that is below.\n");
  }
  const { rows, problems } = checkBudgets(measured, budgets);
  printTable(rows, page);
  if (problems.length > 0) {
    console.error(
      `\nsize budgets failed:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    );
    console.error(
      'A deliberate growth needs a higher budget in size-budget.json (say why in the commit); ' +
        'a new item needs one too (`node scripts/size-budget.mjs --lower` adds it at its size).',
    );
    process.exit(1);
  }
  const notAtGoal = rows.filter((row) => row.status.includes('not yet at goal')).length;
  console.log(
    `\nsize budgets: all ${rows.length} items within budget` +
      (notAtGoal ? `; ${notAtGoal} not yet at the goal of issue 12.` : '.'),
  );
}

/** Writes the budget file, one line per item so diffs stay readable. */
export function writeBudgetFile(budgets) {
  const lines = Object.entries(budgets).map(
    ([name, entry]) =>
      `    ${JSON.stringify(name)}: ${JSON.stringify(entry)
        .replace(/([{,:])/g, '$1 ')
        .replace(/}$/, ' }')}`,
  );
  const text = [
    '{',
    '  "$comment": "gzip -9 bytes (Node zlib level 9) checked by npm run test:size (scripts/size-budget.mjs). Budgets only go down: lower one when a change shrinks it; goal is issue 12\'s target.",',
    '  "budgets": {',
    lines.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
  writeFileSync(budgetFile, text);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
