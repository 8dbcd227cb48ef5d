// npm run test:csp — proves the CDN bundle and the CDN loader work under the strict policy
// partners use:
//   default-src 'self'; script-src 'self'; style-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// Builds dist/cdn (both CDN builds) into a scratch folder, serves it with that header on
// loopback, and in Debian's Chromium (which enforces Trusted Types) loads two pages: every
// element through the bundle, and one <circ-explainer> through loader.js, which must
// define a <circ-price-banner> added later and nothing before. Fails on any CSP
// violation, script error, or element that did not render; each page also switches
// <html lang> so a locale file loads lazily from beside the bundle or the loader's
// shared chunk. A third page is pre-rendered by circulation-elements/ssr (the built
// dist/ssr, with `inlineStyles: false`, as the docs advise under this policy): the bundle
// must hydrate it, keeping the pre-rendered nodes, styling the elements with constructed
// style sheets, and answering. Chromium only: Firefox and WebKit do not enforce
// `require-trusted-types-for`.
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

for (const [mode, ...options] of [['cdn', '--emptyOutDir'], ['cdn-loader']]) {
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--mode', mode, '--outDir', outDir, ...options, '--logLevel', 'error'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { renderToString } = await import(`${root}dist/ssr/index.js`);
const prerenderedPage = readFileSync(`${root}scripts/csp/prerendered-page.html`, 'utf8').replace(
  '<!-- prerendered -->',
  await renderToString(
    '<circ-explainer topic="treatment"></circ-explainer><circ-symptom-checklist></circ-symptom-checklist>' +
      '<circ-walking-plan start="2026-12-07" weeks="1"></circ-walking-plan>',
    { inlineStyles: false },
  ),
);

const files = {
  '/': ['text/html', () => readFileSync(`${root}scripts/csp/page.html`)],
  '/prerendered.html': ['text/html', () => prerenderedPage],
  '/capture-prerendered.js': [
    'text/javascript',
    () => readFileSync(`${root}scripts/csp/capture-prerendered.js`),
  ],
  '/loader.html': ['text/html', () => readFileSync(`${root}scripts/csp/loader-page.html`)],
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
/** The bundle's page: every element renders, re-renders, and switches to Urdu. */
async function checkBundlePage() {
  const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName))].filter(
    (tag) => tag.startsWith('circ-'),
  );
  const rendered = {};
  for (const tag of tags) {
    if (!customElements.get(tag)) continue; // not built yet in this version
    const element = document.querySelector(tag);
    await element.updateComplete;
    rendered[`${tag} renders`] = (element.shadowRoot?.textContent ?? '').trim().length > 0;
  }
  // The walking plan's timer starts and stops under the same policy (its clock re-renders).
  const plan = document.querySelector('circ-walking-plan');
  if (plan) {
    const button = () => plan.shadowRoot.querySelector('button.primary');
    const before = button().textContent.trim();
    button().click();
    await plan.updateComplete;
    const walking = button().textContent.trim();
    button().click();
    await plan.updateComplete;
    rendered['circ-walking-plan starts and stops a walk'] =
      walking !== before && button().textContent.trim() !== walking;
  }
  // Re-render after a change, through the same Trusted Types policy.
  const explainer = document.querySelector('circ-explainer');
  explainer.topic = 'treatment';
  await explainer.updateComplete;
  rendered['circ-explainer re-renders'] = explainer.shadowRoot.textContent.includes('Treatment');
  // A locale file loaded lazily from beside the bundle, under the same policy.
  const english = explainer.shadowRoot.textContent;
  document.documentElement.lang = 'ur';
  for (let wait = 0; wait < 50 && explainer.shadowRoot.textContent === english; wait++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  rendered['circ-explainer switches to Urdu (locale file loaded)'] =
    explainer.shadowRoot.textContent !== english;
  return { rendered, violations: window.cspViolations };
}

/** The loader's page: one explainer, then a price banner added later, then Welsh. */
async function checkLoaderPage() {
  const soon = (tag) =>
    Promise.race([
      customElements.whenDefined(tag).then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
  const rendered = {};
  const explainer = document.querySelector('circ-explainer');
  rendered['circ-explainer renders'] =
    (await soon('circ-explainer')) &&
    (await explainer.updateComplete) &&
    explainer.shadowRoot.textContent.trim().length > 0;
  rendered['nothing else is defined (circ-price-banner is not on the page yet)'] =
    customElements.get('circ-price-banner') === undefined;
  const banner = document.createElement('circ-price-banner');
  banner.setAttribute('price', '1950');
  const includes = document.createElement('p');
  includes.slot = 'includes';
  includes.textContent = 'Consultation, treatment and aftercare.';
  banner.append(includes);
  document.body.append(banner);
  rendered['circ-price-banner added later is defined and renders'] =
    (await soon('circ-price-banner')) &&
    (await banner.updateComplete) &&
    banner.shadowRoot.textContent.includes('1,950');
  // A locale file loaded lazily from beside the loader's shared chunk.
  const english = explainer.shadowRoot.textContent;
  document.documentElement.lang = 'cy';
  for (let wait = 0; wait < 50 && explainer.shadowRoot.textContent === english; wait++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  rendered['circ-explainer switches to Welsh (locale file loaded)'] =
    explainer.shadowRoot.textContent !== english;
  return { rendered, violations: window.cspViolations };
}

/** The pre-rendered page: the bundle hydrates it, keeps its nodes, styles it, answers. */
async function checkPrerenderedPage() {
  const explainer = document.querySelector('circ-explainer');
  const checklist = document.querySelector('circ-symptom-checklist');
  await customElements.whenDefined('circ-symptom-checklist');
  await explainer.updateComplete;
  await checklist.updateComplete;
  const { heading, question } = window.prerenderedNodes;
  const rendered = {};
  rendered['circ-explainer hydrates, keeping its pre-rendered heading'] =
    explainer.shadowRoot.querySelector('h2') === heading && heading.textContent === 'Treatment';
  rendered['circ-explainer is styled by constructed style sheets'] =
    explainer.shadowRoot.adoptedStyleSheets.length > 0 &&
    getComputedStyle(explainer.shadowRoot.querySelector('.card')).borderTopStyle === 'solid';
  question.click();
  await checklist.updateComplete;
  rendered['circ-symptom-checklist answers on its pre-rendered radio'] =
    checklist.shadowRoot.querySelectorAll('fieldset').length > 2;
  // The walking plan's pre-rendered button starts a walk: its clock re-renders after hydration.
  const plan = document.querySelector('circ-walking-plan');
  await plan.updateComplete;
  const { startButton } = window.prerenderedNodes;
  startButton.click();
  await plan.updateComplete;
  rendered['circ-walking-plan hydrates, and its pre-rendered button starts a walk'] =
    plan.shadowRoot.querySelector('button.primary') === startButton &&
    startButton.dataset.phase === 'walking';
  return { rendered, violations: window.cspViolations };
}

const problems = [];
try {
  for (const [path, check, title] of [
    ['', checkBundlePage, 'circulation-elements.js, every element'],
    ['loader.html', checkLoaderPage, 'loader.js, one <circ-explainer>'],
    ['prerendered.html', checkPrerenderedPage, 'circulation-elements.js, a pre-rendered page'],
  ]) {
    console.log(`${title}, under the strict CSP:`);
    const page = await browser.newPage();
    page.on('pageerror', (error) =>
      problems.push(`${path || '/'}: script error: ${error.message}`),
    );
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.push(`${path || '/'}: console error: ${message.text()}`);
    });
    await page.goto(`${url}${path}`, { waitUntil: 'networkidle0' });
    const report = await page.evaluate(check);
    for (const violation of report.violations) problems.push(`CSP violation: ${violation}`);
    for (const [tag, ok] of Object.entries(report.rendered)) {
      console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${tag}`);
      if (!ok) problems.push(`${title}: not so: ${tag}`);
    }
    if (Object.keys(report.rendered).length < 2) problems.push(`${title}: nothing was checked`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

if (problems.length > 0) {
  console.error(problems.map((problem) => `  ${problem}`).join('\n'));
  process.exit(1);
}
console.log('strict CSP with Trusted Types: no violations');
