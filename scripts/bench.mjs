// npm run bench — performance as ratios measured in one run, never as times in tests.
//  1. Size: gzip -9 of the CDN bundle against the 18 KB budget (architecture.md), and of
//     each npm entry point with Lit excluded.
//  2. Render cost: N <circ-explainer> cards against the same content as plain HTML, in
//     Debian's Chromium, median of several runs, reported as a ratio.
// Exits 1 when the CDN bundle is over budget.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_BIN } from './wtr/engines.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = `${root}node_modules/.cache/bench`;
const budgetBytes = 18 * 1024;
const cards = 200;
const runs = 7;

const vite = (args) =>
  spawnSync('npx', ['vite', 'build', ...args, '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  }).status;
if (vite(['--mode', 'cdn', '--outDir', `${outDir}/cdn`, '--emptyOutDir']) !== 0) process.exit(1);
if (vite(['--outDir', `${outDir}/npm`, '--emptyOutDir']) !== 0) process.exit(1);

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// --- 1. size -------------------------------------------------------------------------
const cdnBytes = gzipSize(`${outDir}/cdn/circulation-elements.js`);
console.log('Size (gzip -9)');
console.log(`  CDN bundle, everything with Lit: ${kb(cdnBytes)} of ${kb(budgetBytes)} budget`);
console.log(`    ratio to budget: ${(cdnBytes / budgetBytes).toFixed(2)}`);
const npmFiles = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const file = `${dir}/${name}`;
    if (statSync(file).isDirectory()) walk(file);
    else if (file.endsWith('.js')) npmFiles.push(file);
  }
};
walk(`${outDir}/npm`);
const npmBytes = npmFiles.reduce((sum, file) => sum + gzipSize(file), 0);
console.log(`  npm build, all modules without Lit: ${kb(npmBytes)} (${npmFiles.length} files)`);

// --- 2. render cost -------------------------------------------------------------------
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file =
    path === '/'
      ? `${root}scripts/bench/page.html`
      : path === '/render-page.js'
        ? `${root}scripts/bench/render-page.js`
        : `${outDir}/cdn${path}`;
  try {
    const body = readFileSync(file);
    response.writeHead(200, {
      'content-type': file.endsWith('.html') ? 'text/html' : 'text/javascript',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

// Plain HTML equivalent of one explainer card, read from a rendered element's shadow root.
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_BIN,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  const page = await browser.newPage();
  await page.goto(`${base}?count=1&mode=elements`);
  const plainMarkup = await page.evaluate(async () => {
    const element = document.createElement('circ-explainer');
    document.body.append(element);
    await element.updateComplete;
    const copy = document.createElement('div');
    copy.append(...[...element.shadowRoot.children].map((child) => child.cloneNode(true)));
    copy.querySelectorAll('slot').forEach((slot) => slot.replaceWith(...slot.childNodes));
    const markup = copy.innerHTML;
    element.remove();
    return markup;
  });
  const timings = { elements: [], plain: [] };
  for (let run = 0; run < runs; run++) {
    for (const mode of ['plain', 'elements']) {
      await page.goto(`${base}?count=${cards}&mode=${mode}`);
      await page.waitForFunction(() => typeof window.runBenchmark === 'function');
      timings[mode].push(await page.evaluate((markup) => window.runBenchmark(markup), plainMarkup));
    }
  }
  const plain = median(timings.plain);
  const elements = median(timings.elements);
  console.log(`\nRender cost: ${cards} explainer cards, median of ${runs} runs (Chromium)`);
  console.log(`  plain HTML: ${plain.toFixed(1)} ms, <circ-explainer>: ${elements.toFixed(1)} ms`);
  console.log(`  ratio elements / plain HTML: ${(elements / plain).toFixed(2)}`);
} finally {
  await browser.close();
  server.close();
}

if (cdnBytes > budgetBytes) {
  console.error(`\nThe CDN bundle is over its ${kb(budgetBytes)} budget.`);
  process.exit(1);
}
