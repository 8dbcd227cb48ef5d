// npm run test:storybook — builds Storybook offline (storybook-static/), then this script
// opens every story and every docs page of that build in headless Chromium and fails on:
//   - a console error or an uncaught script error;
//   - a story that threw, errored or rendered no circ-* element;
//   - any axe violation (axe-core 4, injected from node_modules), in the story's canvas,
//     or in the docs page's content, in every theme of the preview's Theme toolbar (light,
//     dark, partner brand, NHS.UK …, read from the build): the same rules as the Storybook
//     accessibility panel, which leaves out only `region` (a story is a fragment of a
//     page, without landmarks);
//   - a story whose accessibility-panel report (the a11y addon's own axe run) failed.
// It serves storybook-static on loopback only; nothing else is fetched. Usage:
//   node scripts/storybook/smoke.mjs [--themes light,dark] [--only <story id substring>]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_BIN } from '../wtr/engines.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const staticDir = path.join(root, 'storybook-static');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));

const { values: options } = parseArgs({
  options: {
    // Default: every item of the preview's Theme toolbar.
    themes: { type: 'string' },
    only: { type: 'string' },
    workers: { type: 'string', default: '2' },
  },
});

if (!existsSync(path.join(staticDir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const index = JSON.parse(readFileSync(path.join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter(
  (entry) => !options.only || entry.id.includes(options.only),
);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
if (entries.length === 0 || (!options.only && stories.length === 0)) {
  console.error(
    `storybook-static/index.json lists no stories${options.only ? ` matching "${options.only}"` : ''}.`,
  );
  process.exit(1);
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (pathname === '/favicon.ico') {
    response.writeHead(204).end(); // the browser asks on its own; Storybook links favicon.svg
    return;
  }
  const file = path.join(staticDir, pathname === '/' ? 'index.html' : pathname);
  if (!file.startsWith(staticDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': types[path.extname(file)] ?? 'application/octet-stream',
  });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/**
 * Runs in the preview before Storybook does: records the channel's render events, so the
 * script knows when a story (its play and afterEach, the a11y addon's run included) or a
 * docs page has finished, and how.
 */
function recordStorybookEvents() {
  const events = [];
  window.__smokeEvents = events;
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      // The preview announces its toolbar globals: the themes to check come from there.
      value.on('setGlobals', (payload) => {
        const items = payload?.globalTypes?.theme?.toolbar?.items ?? [];
        window.__smokeThemes = items.map((item) => (typeof item === 'string' ? item : item.value));
      });
      for (const name of [
        'storyFinished',
        'storyErrored',
        'storyThrewException',
        'storyMissing',
        'playFunctionThrewException',
        'docsRendered',
      ]) {
        value.on(name, (payload) => {
          const a11y = payload?.reporters?.find((report) => report.type === 'a11y');
          events.push({
            name,
            status: payload?.status,
            message: payload?.message ?? payload?.title,
            a11y: a11y && {
              status: a11y.status,
              error: a11y.result?.error ? String(a11y.result.error) : undefined,
              violations: (a11y.result?.violations ?? []).map((violation) => violation.id),
            },
          });
        });
      }
    },
  });
}

/** Waits until every circ-* element (in shadow roots too) has rendered and stays so. */
async function settleElements() {
  const all = () => {
    const found = [];
    const walk = (scope) => {
      for (const element of scope.querySelectorAll('*')) {
        if (element.localName.startsWith('circ-')) found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return found;
  };
  for (let round = 0; round < 5; round++) {
    const elements = all();
    const pending = await Promise.all(elements.map((element) => element.updateComplete));
    if (pending.every((done) => done === true) && all().length === elements.length) break;
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return all().filter((element) => customElements.get(element.localName)).length;
}

/**
 * axe over `include` minus `exclude`, with the accessibility panel's rules and `disabled`
 * rules off.
 */
async function runAxe({ include, exclude, disabled }) {
  if (!document.querySelector(include)) {
    return [{ id: 'smoke-test', help: `${include} not found`, nodes: [] }];
  }
  const rules = Object.fromEntries(['region', ...disabled].map((id) => [id, { enabled: false }]));
  const results = await window.axe.run({ include: [include], exclude }, { rules });
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.slice(0, 5).map((node) => node.target.flat().join(' >>> ')),
  }));
}

/**
 * What axe checks on a page. A story: its canvas. A docs page: its content, without
 * Storybook's own argument tables (its controls are Storybook's interface, not ours). An
 * element's generated docs page stacks every story under Storybook's headings, so the
 * document-level rules judge that collage, not any page a partner builds: heading order
 * and unique landmarks are left to each story, which is checked with them on its own.
 */
function axeScope(entry) {
  if (entry.type === 'story') return { include: '#storybook-root', exclude: [], disabled: [] };
  const generated = !entry.tags?.some((tag) => tag.endsWith('-mdx'));
  return {
    include: '#storybook-docs',
    exclude: ['.docblock-argstable'],
    disabled: generated ? ['heading-order', 'landmark-unique'] : [],
  };
}

/**
 * One Chromium per worker: a second tab in the same browser counts as in the background,
 * where animation frames stop, and Storybook waits for them before a story has rendered.
 */
const launchBrowser = () =>
  puppeteer.launch({
    executablePath: CHROMIUM_BIN,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-dev-shm-usage',
      '--no-first-run',
    ],
  });

/** Opens one story or docs page in `theme` and returns its problems. */
async function check(page, entry, theme) {
  const problems = [];
  const onConsole = (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  };
  const onPageError = (error) => problems.push(`script error: ${error.message}`);
  const onRequestFailed = (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  const onResponse = (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  try {
    const isStory = entry.type === 'story';
    const url = `${origin}/iframe.html?id=${entry.id}&viewMode=${isStory ? 'story' : 'docs'}&globals=theme:${theme}`;
    await page.goto(url, { waitUntil: 'load' });
    const done = isStory ? 'storyFinished' : 'docsRendered';
    const failed = ['storyErrored', 'storyThrewException', 'storyMissing'];
    await page.waitForFunction(
      (names) => window.__smokeEvents?.some((event) => names.includes(event.name)),
      { timeout: 20_000 },
      [done, ...failed],
    );
    // Locale files load lazily; let them arrive, then let the elements render again.
    await page.waitForNetworkIdle({ idleTime: 150, timeout: 10_000 }).catch(() => {});
    const elements = await page.evaluate(settleElements);
    const events = await page.evaluate(() => window.__smokeEvents);
    for (const event of events) {
      if (failed.includes(event.name) || event.name === 'playFunctionThrewException') {
        problems.push(`${event.name}: ${event.message ?? ''}`);
      }
      if (event.name === 'storyFinished' && event.status !== 'success') {
        problems.push(`story finished with status "${event.status}"`);
      }
      if (event.a11y?.error) problems.push(`accessibility panel: ${event.a11y.error}`);
      if (event.a11y?.violations.length) {
        problems.push(`accessibility panel: ${event.a11y.violations.join(', ')}`);
      }
    }
    if (isStory && !events.some((event) => event.a11y)) {
      problems.push('the accessibility panel did not run (is @storybook/addon-a11y on?)');
    }
    if (isStory && elements === 0) problems.push('rendered no circ-* element');
    await page.evaluate(axeSource.toString());
    const violations = await page.evaluate(runAxe, axeScope(entry));
    for (const violation of violations) {
      problems.push(
        `axe ${violation.id}: ${violation.help}\n        ${violation.nodes.join('\n        ')}`,
      );
    }
  } catch (error) {
    problems.push(`did not finish: ${error.message.split('\n')[0]}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
  }
  return problems;
}

/** The values of the preview's Theme toolbar, read from a story of the build. */
async function toolbarThemes() {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(recordStorybookEvents);
    const anyStory = Object.values(index.entries).find((entry) => entry.type === 'story');
    await page.goto(`${origin}/iframe.html?id=${anyStory.id}&viewMode=story`);
    await page.waitForFunction(() => window.__smokeThemes, { timeout: 20_000 });
    return await page.evaluate(() => window.__smokeThemes);
  } finally {
    await browser.close();
  }
}

const themes = options.themes ? options.themes.split(',').filter(Boolean) : await toolbarThemes();
if (themes.length === 0) {
  console.error('The preview has no Theme toolbar items to check.');
  process.exit(1);
}

const started = performance.now();
const jobs = themes.flatMap((theme) => [...stories, ...docs].map((entry) => ({ entry, theme })));
const failures = [];
let next = 0;
const browsers = [];
/** A page is given this long in all; past it, it fails and the worker starts a new tab. */
const pageDeadline = 60_000;
let done = 0;

async function newPage(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(recordStorybookEvents);
  return page;
}

async function worker() {
  const browser = await launchBrowser();
  browsers.push(browser);
  let page = await newPage(browser);
  while (next < jobs.length) {
    const { entry, theme } = jobs[next++];
    let timer;
    const deadline = new Promise((resolve) => {
      timer = setTimeout(() => resolve(undefined), pageDeadline);
    });
    let problems = await Promise.race([check(page, entry, theme), deadline]);
    clearTimeout(timer);
    if (problems === undefined) {
      problems = [`did not finish within ${pageDeadline / 1000}s`];
      await page.close().catch(() => {});
      page = await newPage(browser);
    }
    if (problems.length > 0) failures.push({ entry, theme, problems });
    done += 1;
    if (done % 25 === 0 || done === jobs.length) {
      console.log(`  ${done}/${jobs.length} pages, ${failures.length} failed`);
    }
  }
}
try {
  await Promise.all(Array.from({ length: Number(options.workers) }, worker));
} finally {
  await Promise.all(browsers.map((browser) => browser.close()));
  server.close();
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const checked = `${stories.length} stories and ${docs.length} docs pages in ${themes.length} theme(s) (${themes.join(', ')})`;
if (failures.length > 0) {
  for (const { entry, theme, problems } of failures) {
    console.error(`FAIL ${entry.id} [${theme}]`);
    for (const problem of problems) console.error(`     ${problem}`);
  }
  console.error(
    `Storybook smoke test: ${failures.length} of ${jobs.length} pages failed, ${checked}, ${seconds}s.`,
  );
  process.exit(1);
}
console.log(
  `Storybook smoke test: no console errors and no axe violations in ${checked}, ${seconds}s.`,
);
