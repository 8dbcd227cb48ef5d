// The JS a page with one <circ-explainer> fetches through dist/cdn/loader.js: the page
// (loader-page.html) loads in Chromium; every JS response from our origin counts, with
// the gzip and brotli sizes the server computed for the file it served.

/** Resolves to `{ files, raw, gzip, brotli }`, or `{ error }` when the card never renders. */
export async function measureLoaderPage(browser, server) {
  const page = await browser.newPage();
  const scripts = new Set();
  page.on('response', (response) => {
    const url = new URL(response.url());
    const type = response.headers()['content-type'] ?? '';
    if (url.origin === server.origin && type.startsWith('text/javascript')) {
      scripts.add(url.pathname);
    }
  });
  try {
    await page.goto(`${server.origin}/loader-page.html`);
    await page.evaluate(async () => {
      const timeout = new Promise((_resolve, reject) =>
        setTimeout(() => reject(new Error('circ-explainer was not defined within 10 s')), 10e3),
      );
      await Promise.race([customElements.whenDefined('circ-explainer'), timeout]);
      const card = document.querySelector('circ-explainer');
      await card.updateComplete;
      if (!card.shadowRoot?.textContent.trim()) throw new Error('circ-explainer rendered nothing');
    });
    // Chunks the first render asked for (a locale, a dependency) may still be loading.
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 10e3 });
    const files = [...scripts].sort().map((pathname) => ({
      path: pathname,
      ...server.sizesOf(pathname),
    }));
    const sum = (key) => files.reduce((total, file) => total + file[key], 0);
    return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
  } catch (error) {
    return { error: error.message };
  } finally {
    await page.close();
  }
}
