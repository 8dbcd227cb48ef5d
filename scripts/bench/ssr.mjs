// Server rendering for npm run bench (issue 13): pages per second for 1,000 generated
// pages with three of our elements each (an explainer, a comparison and a checklist, in
// an ordinary page), through the built `renderToString` (dist/ssr/index.js) in one
// process, and through the built CLI (dist/ssr/cli.js) on a folder of 1,000 files.
//
// `measureServerRendering()` runs both in child processes: @lit-labs/ssr installs its DOM
// shim as globals, which the benchmark's own process (Vite, Puppeteer) should not carry,
// and a fresh Node is what a static-site build starts with. Run alone,
// `node scripts/bench/ssr.mjs` prints the renderToString figures as JSON.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const run = promisify(execFile);

/** Pages per measurement, as issue 13 asks. */
export const pageCount = 1000;
/** Timed passes over the 1,000 pages (in one process), after one warm-up pass of 50. */
const passes = 5;
/** Runs of the CLI, each a fresh process over the whole folder. */
const cliRuns = 3;

const topics = [
  'ischaemia',
  'intermittent-claudication',
  'critical-ischaemia',
  'treatment',
  'when-to-seek-help',
];
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Page `i` of a clinic's static site: a head, a header and footer, some text of its own,
 * and three of our elements (the explainer's topic and the comparison's columns vary).
 */
export function generatedPage(i, lang = 'en-GB') {
  const topic = topics[i % topics.length];
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Leg pain when walking: page ${i} | Example Vein Clinic</title>
  <link rel="stylesheet" href="/assets/site.css">
  <script type="module" src="/vendor/circulation-elements/loader.js"></script>
</head>
<body>
  <header><a href="/">Example Vein Clinic</a>
    <nav><ul><li><a href="/treatments">Treatments</a></li><li><a href="/prices">Prices</a></li><li><a href="/contact">Contact</a></li></ul></nav>
  </header>
  <main>
    <h1>Leg pain when walking (${i})</h1>
    <p>Our vascular team sees people with leg pain every week. This page explains what it can mean.</p>
    <circ-explainer topic="${topic}" heading-level="2">
      <a slot="footer" href="/book">Book a circulation assessment</a>
    </circ-explainer>
    <h2>Two conditions compared</h2>
    <circ-comparison heading-level="3"${i % 2 ? ' with-critical' : ''}></circ-comparison>
    <h2>Check your symptoms</h2>
    <circ-symptom-checklist heading-level="3"></circ-symptom-checklist>
  </main>
  <footer><p>&copy; Example Vein Clinic. Page ${i}.</p></footer>
</body>
</html>
`;
}

/**
 * In this process: imports the built `renderToString`, renders 50 pages to warm up, then
 * times `passes` passes over the 1,000 pages (one after another, as the CLI does), in en-GB,
 * and one more pass with the four locales in turn (a page's language changes the text).
 */
async function measureInProcess(root) {
  const importStart = performance.now();
  const { renderToString } = await import(pathToFileURL(`${root}dist/ssr/index.js`).href);
  const importMs = performance.now() - importStart;
  const pages = Array.from({ length: pageCount }, (_page, i) => generatedPage(i));
  for (const page of pages.slice(0, 50)) await renderToString(page);
  const passMs = [];
  let bytesOut = 0;
  for (let pass = 0; pass < passes; pass++) {
    const start = performance.now();
    for (const page of pages) {
      const html = await renderToString(page);
      if (pass === 0) bytesOut += Buffer.byteLength(html);
    }
    passMs.push(performance.now() - start);
  }
  // Outside the clock: what a page weighs once pre-rendered, raw and gzip -9, and without
  // the shadow roots' <style> elements (inlineStyles: false), over 10 pages.
  const sample = await Promise.all(pages.slice(0, 10).map((page) => renderToString(page)));
  const gzipBytes = sample.reduce((sum, html) => sum + gzipSync(html, { level: 9 }).length, 0);
  const unstyled = await Promise.all(
    pages.slice(0, 10).map((page) => renderToString(page, { inlineStyles: false })),
  );
  const unstyledBytes = unstyled.reduce((sum, html) => sum + Buffer.byteLength(html), 0);
  const locales = ['en-GB', 'cy', 'pl', 'ur'];
  const start = performance.now();
  for (const [i, page] of pages.entries()) {
    await renderToString(page, { locale: locales[i % locales.length] });
  }
  const mixedMs = performance.now() - start;
  const ms = median(passMs);
  return {
    pages: pageCount,
    elementsPerPage: 3,
    importMs,
    averagePageBytes: pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0) / pageCount,
    averageRenderedBytes: bytesOut / pageCount,
    averageRenderedGzipBytes: gzipBytes / sample.length,
    averageRenderedBytesWithoutStyles: unstyledBytes / unstyled.length,
    passMs,
    medianMs: ms,
    pagesPerSecond: pageCount / (ms / 1000),
    msPerPage: ms / pageCount,
    fourLocalesInTurn: { ms: mixedMs, pagesPerSecond: pageCount / (mixedMs / 1000) },
  };
}

/**
 * The built CLI on a folder of 1,000 pages (10 folders of 100) in `workDir`:
 * `render 'site/**\/*.html' --out-dir out`, timed from spawn to exit, so Node's start, the
 * imports, the glob, reading and writing count. Each run must exit 0 and write every page.
 */
async function measureCli(root, workDir) {
  const site = path.join(workDir, 'ssr-site');
  for (let i = 0; i < pageCount; i++) {
    const dir = path.join(site, `section-${i % 10}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `page-${i}.html`), generatedPage(i));
  }
  const runsMs = [];
  for (let i = 0; i < cliRuns; i++) {
    const out = `ssr-out-${i}`;
    const start = performance.now();
    await run(
      process.execPath,
      [`${root}dist/ssr/cli.js`, 'render', 'ssr-site/**/*.html', '--out-dir', out],
      { cwd: workDir, maxBuffer: 1 << 24 },
    );
    runsMs.push(performance.now() - start);
    const written = readdirSync(path.join(workDir, out), { recursive: true }).filter((name) =>
      name.endsWith('.html'),
    ).length;
    if (written !== pageCount) throw new Error(`the CLI wrote ${written} of ${pageCount} pages`);
  }
  const ms = median(runsMs);
  return { pages: pageCount, runsMs, medianMs: ms, pagesPerSecond: pageCount / (ms / 1000) };
}

/**
 * Both measurements, each in child processes. Resolves to `{ renderToString, cli }`,
 * `{ skipped }` when the server build is missing, or `{ error }` when a run fails.
 */
export async function measureServerRendering({ root, workDir }) {
  for (const file of ['dist/ssr/index.js', 'dist/ssr/cli.js']) {
    if (!existsSync(`${root}${file}`)) return { skipped: `${file} is not built yet` };
  }
  try {
    const { stdout } = await run(process.execPath, [fileURLToPath(import.meta.url)], {
      cwd: root,
      maxBuffer: 1 << 24,
    });
    return { renderToString: JSON.parse(stdout), cli: await measureCli(root, workDir) };
  } catch (error) {
    return { error: (error.stderr || error.message).trim().split('\n')[0] };
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // The elements' warnings would interleave with the JSON: there should be none.
  console.warn = (...args) => {
    throw new Error(`unexpected warning while rendering: ${args.join(' ')}`);
  };
  process.stdout.write(`${JSON.stringify(await measureInProcess(root))}\n`);
}
