// npm run test:csp — proves the CDN bundle works under the strict policy partners use:
//   default-src 'self'; script-src 'self'; style-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// Builds dist/cdn into a scratch folder, serves it with that header on loopback, loads a
// page with every element in Debian's Chromium (which enforces Trusted Types), and fails
// on any CSP violation, script error, or element that did not render; it also switches
// <html lang> so a locale file loads lazily from beside the bundle. Chromium only:
// Firefox and WebKit do not enforce `require-trusted-types-for`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_BIN } from './wtr/engines.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = `${root}node_modules/.cache/csp-check`;
const policy =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const build = spawnSync(
  'npx',
  ['vite', 'build', '--mode', 'cdn', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const files = {
  '/': ['text/html', () => readFileSync(`${root}scripts/csp/page.html`)],
  '/watch-violations.js': [
    'text/javascript',
    () => readFileSync(`${root}scripts/csp/watch-violations.js`),
  ],
};
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/favicon.ico') {
    response.writeHead(204).end(); // the browser asks on its own; not ours to serve
    return;
  }
  const known = files[path];
  let type = known?.[0];
  let body;
  try {
    body = known ? known[1]() : readFileSync(`${outDir}${path}`);
    type ??= path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
  } catch {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': type, 'content-security-policy': policy });
  response.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_BIN,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
const problems = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  const report = await page.evaluate(async () => {
    const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName))].filter(
      (tag) => tag.startsWith('circ-'),
    );
    const rendered = {};
    for (const tag of tags) {
      if (!customElements.get(tag)) continue; // not built yet in this version
      const element = document.querySelector(tag);
      await element.updateComplete;
      rendered[tag] = (element.shadowRoot?.textContent ?? '').trim().length > 0;
    }
    // Re-render after a change, through the same Trusted Types policy.
    const explainer = document.querySelector('circ-explainer');
    explainer.topic = 'treatment';
    await explainer.updateComplete;
    rendered['circ-explainer (re-rendered)'] =
      explainer.shadowRoot.textContent.includes('Treatment');
    // A locale file loaded lazily from beside the bundle, under the same policy.
    const english = explainer.shadowRoot.textContent;
    document.documentElement.lang = 'ur';
    for (let wait = 0; wait < 50 && explainer.shadowRoot.textContent === english; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    rendered['circ-explainer in Urdu (locale file loaded)'] =
      explainer.shadowRoot.textContent !== english;
    return { rendered, violations: window.cspViolations };
  });
  for (const violation of report.violations) problems.push(`CSP violation: ${violation}`);
  for (const [tag, ok] of Object.entries(report.rendered)) {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${tag} renders under the strict CSP`);
    if (!ok) problems.push(`${tag} did not render`);
  }
  if (Object.keys(report.rendered).length < 2) problems.push('no elements were checked');
} finally {
  await browser.close();
  server.close();
}

if (problems.length > 0) {
  console.error(problems.map((problem) => `  ${problem}`).join('\n'));
  process.exit(1);
}
console.log('strict CSP with Trusted Types: no violations');
