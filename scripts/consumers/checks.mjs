// The browser checks of scripts/consumers/run.mjs, one list per app. Each check opens a
// page of the built app in Chromium and resolves to `{ 'what should be so': boolean }`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const notJsonWarning =
  'circ-symptom-checklist: the answers attribute "[object Object]" is not JSON; it is ignored.';

/** Opens `url` in a new page, recording console warnings and errors and script errors. */
async function open(browser, url) {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'warn' || type === 'warning' || type === 'error') {
      const where = message.location()?.url;
      const text = message.text();
      messages.push(
        `${type === 'error' ? 'error' : 'warn'}: ${text}${/Failed to load/.test(text) && where ? ` (${where})` : ''}`,
      );
    }
  });
  page.on('pageerror', (error) => messages.push(`script error: ${error.message}`));
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, messages };
}

/** Waits (up to 5 s) for the tags to be defined; true when they all are. */
function defined(page, tags) {
  return page.evaluate(
    (names) =>
      Promise.race([
        Promise.all(names.map((name) => customElements.whenDefined(name))).then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
      ]),
    tags,
  );
}

/** `{ selector: true }` for each element matched by a selector that rendered text in its shadow root. */
function rendered(page, selectors) {
  return page.evaluate(async (list) => {
    const result = {};
    for (const selector of list) {
      const element = document.querySelector(selector);
      await element?.updateComplete;
      result[selector] = (element?.shadowRoot?.textContent ?? '').trim().length > 0;
    }
    return result;
  }, selectors);
}

/** A real mouse click on the first red-flag checkbox in the checklist matched by `selector`. */
async function tickFirstCheckbox(page, selector) {
  const box = await page.$(`${selector} >>> input[type="checkbox"]`);
  if (!box) return false;
  await box.click();
  await page.evaluate((s) => document.querySelector(s).updateComplete, selector);
  return true;
}

const consumerLog = (page) => page.evaluate(() => window.consumerLog);

/** `sha384-…` of a file, as an integrity attribute takes it. */
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/**
 * Writes the plain page's HTML files: index.html with the loader's hash and an import map
 * with every chunk's, from dist/cdn/integrity.json when the package has it (else computed
 * here), and pages with a wrong hash for the loader or for one chunk.
 */
function writeCdnPages(dir) {
  const cdn = join(dir, 'node_modules/circulation-elements/dist/cdn');
  const listPath = join(cdn, 'integrity.json');
  const list = existsSync(listPath) ? JSON.parse(readFileSync(listPath, 'utf8')) : undefined;
  const files = readdirSync(cdn, { recursive: true })
    .map((file) => String(file).split('\\').join('/'))
    .filter((file) => file.endsWith('.js'));
  const hashes = Object.fromEntries(
    files.map((file) => [file, list?.[file] ?? sri(join(cdn, file))]),
  );
  const template = readFileSync(join(dir, 'page.template.html'), 'utf8');
  const page = (loaderHash, chunkHashes) =>
    template.replace('__LOADER_INTEGRITY__', loaderHash).replace(
      '__IMPORT_MAP__',
      JSON.stringify({
        integrity: Object.fromEntries(
          Object.entries(chunkHashes).map(([file, hash]) => [
            `/vendor/circulation-elements/${file}`,
            hash,
          ]),
        ),
      }),
    );
  const wrong = sri(join(dir, 'page.template.html'));
  writeFileSync(join(dir, 'index.html'), page(hashes['loader.js'], hashes));
  writeFileSync(join(dir, 'wrong-loader-hash.html'), page(wrong, hashes));
  writeFileSync(
    join(dir, 'wrong-chunk-hash.html'),
    page(hashes['loader.js'], { ...hashes, 'explainer.js': wrong }),
  );
  return {
    fromList: list !== undefined,
    listMatches: list === undefined || files.every((file) => list[file] === sri(join(cdn, file))),
  };
}

export const checks = {
  'cdn-page': [
    async ({ browser, url, dir }) => {
      const { fromList, listMatches } = writeCdnPages(dir);
      const results = {};
      if (fromList)
        results['dist/cdn/integrity.json lists the true hash of every .js file'] = listMatches;
      else
        console.log('  note: dist/cdn/integrity.json is not in the package; hashes computed here');
      const { page, messages } = await open(browser, url);
      results['loader.js (integrity + crossorigin) defines the elements on the page'] =
        await defined(page, ['circ-explainer', 'circ-symptom-checklist']);
      Object.assign(
        results,
        Object.fromEntries(
          Object.entries(await rendered(page, ['circ-explainer', 'circ-symptom-checklist'])).map(
            ([selector, ok]) => [`${selector} renders`, ok],
          ),
        ),
      );
      results['nothing else is defined (circ-price-banner is not on the page)'] =
        await page.evaluate(() => customElements.get('circ-price-banner') === undefined);
      results['a click in the checklist reaches the page script (circ-result-change)'] =
        (await tickFirstCheckbox(page, 'circ-symptom-checklist')) &&
        (await consumerLog(page)).filter(
          (entry) =>
            entry.type === 'circ-result-change' &&
            entry.from === 'circ-symptom-checklist' &&
            entry.detail.redFlags.length === 1,
        ).length === 1;
      results['no warning, error or script error'] = messages.length === 0;
      if (messages.length) console.log(messages.map((line) => `    ${line}`).join('\n'));
      await page.close();
      return results;
    },
    async ({ browser, url }) => {
      const { page, messages } = await open(browser, `${url}wrong-loader-hash.html`);
      const results = {
        'a wrong loader hash: the browser refuses loader.js and nothing is defined':
          (await page.evaluate(() => customElements.get('circ-explainer') === undefined)) &&
          messages.some((line) => /integrity/i.test(line)),
      };
      await page.close();
      return results;
    },
    async ({ browser, url }) => {
      const { page, messages } = await open(browser, `${url}wrong-chunk-hash.html`);
      const results = {
        "a wrong hash for explainer.js in the import map: that chunk is refused, the checklist's still loads":
          (await defined(page, ['circ-symptom-checklist'])) &&
          (await page.evaluate(() => customElements.get('circ-explainer') === undefined)) &&
          messages.some((line) => /integrity/i.test(line)),
      };
      await page.close();
      return results;
    },
  ],

  'vite-ts': [
    async ({ browser, url }) => {
      const { page, messages } = await open(browser, url);
      const results = {
        'the single-element entries define their elements': await defined(page, [
          'circ-explainer',
          'circ-symptom-checklist',
          'circ-care-card',
          'circ-sources',
        ]),
      };
      for (const [selector, ok] of Object.entries(
        await rendered(page, ['circ-explainer', '#checklist', 'circ-sources']),
      )) {
        results[`${selector} renders`] = ok;
      }
      results['answers set from code: result follows, no event'] = await page.evaluate(
        () => window.resultAfterCode.urgency === 'routine' && window.consumerLog.length === 0,
      );
      await tickFirstCheckbox(page, '#checklist');
      const log = await consumerLog(page);
      results['a click in the checklist reaches the app (circ-result-change, typed detail)'] =
        log.length === 1 && log[0].type === 'circ-result-change' && log[0].urgency === 'emergency';
      results['no warning, error or script error'] = messages.length === 0;
      if (messages.length) console.log(messages.map((line) => `    ${line}`).join('\n'));
      await page.close();
      return results;
    },
  ],

  react: [
    async ({ browser, url }) => {
      const { page, messages } = await open(browser, url);
      const results = {
        'React rendered the plain tag before the element was defined': await page.evaluate(
          () => window.definedAtFirstRender === false,
        ),
        'circulation-elements/react defines the elements': await defined(page, [
          'circ-symptom-checklist',
          'circ-explainer',
          'circ-price-banner',
          'circ-walking-plan',
          'circ-sources',
        ]),
      };
      for (const [selector, ok] of Object.entries(
        await rendered(page, [
          '#plain-tag',
          '#handler-first',
          '#answers-first',
          '#explainer',
          '#banner',
          '#walking-plan',
          'circ-sources',
        ]),
      )) {
        results[`${selector} renders`] = ok;
      }
      const state = await page.evaluate(() => {
        const answersOf = (id) => document.getElementById(id).answers;
        return {
          plainAttribute: document.getElementById('plain-tag').getAttribute('answers'),
          plainWalkingPain: answersOf('plain-tag').walkingPain,
          wrapped: ['handler-first', 'answers-first'].map((id) => ({
            walkingPain: answersOf(id).walkingPain,
            attribute: document.getElementById(id).getAttribute('answers'),
          })),
          heading: document.querySelector('#explainer').shadowRoot.querySelector('h3') !== null,
          events: window.consumerLog.length,
        };
      });
      results['the plain tag got answers="[object Object]" and ignored it'] =
        state.plainAttribute === '[object Object]' && state.plainWalkingPain === null;
      results['the warning about it appears once'] =
        messages.filter((line) => line === `warn: ${notJsonWarning}`).length === 1;
      results['the wrappers set answers as a property, both ways round'] = state.wrapped.every(
        (entry) => entry.walkingPain === true && entry.attribute === null,
      );
      results['the wrappers set headingLevel (an h3)'] = state.heading;
      results['no event before the reader does anything'] = state.events === 0;

      for (const id of ['#handler-first', '#answers-first', '#plain-tag']) {
        await tickFirstCheckbox(page, id);
      }
      const cta = await page.$('#banner >>> a[part~="cta"]');
      await cta?.click();
      for (const button of ['button.primary', 'button.end']) {
        await (await page.$(`#walking-plan >>> ${button}`))?.click();
      }
      const log = await consumerLog(page);
      const from = log.map((entry) => entry.from);
      results['onCircResultChange fires on a click, handler before answers'] =
        from.filter((name) => name === 'handler-first').length === 1;
      results['onCircResultChange fires on a click, handler after answers'] =
        from.filter((name) => name === 'answers-first').length === 1;
      results['oncirc-result-change on the plain tag defined after the first render fires'] =
        from.filter((name) => name.startsWith('plain-tag ')).length === 1;
      results['onCircCtaClick fires with detail.href'] = from.includes('cta #prices');
      results['onCircSessionEnd fires with the walks'] = from.includes('walks 1');
      results['every event carries its detail'] = log.every((entry) => entry.detail !== undefined);
      const others = messages.filter((line) => line !== `warn: ${notJsonWarning}`);
      results['no other warning, error or script error'] = others.length === 0;
      if (others.length) console.log(others.map((line) => `    ${line}`).join('\n'));
      await page.close();
      return results;
    },
  ],
};
