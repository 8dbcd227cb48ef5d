// wtr command `media-features`: emulates CSS media features by name (`forced-colors`,
// `prefers-color-scheme` …) in Chromium, over the DevTools Protocol directly:
// @web/test-runner-commands' emulateMedia passes only prefers-color-scheme and
// prefers-reduced-motion, and puppeteer's emulateMediaFeatures refuses forced-colors.
// An empty value ends that emulation.
// Firefox (WebDriver BiDi) and WebKit (WebDriver) cannot emulate media features, so the
// command reports them as unsupported and tests skip there with that reason.
export function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'circ-media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      const page = session.browser.type === 'puppeteer' && session.browser.getPage(session.id);
      const isChromium = page && (await page.browser().version()).includes('Chrome');
      if (!isChromium) throw new Error(`media-features: not supported in ${session.browser.name}`);
      sessions.set(page, sessions.get(page) ?? (await page.createCDPSession()));
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: Object.entries(payload ?? {}).map(([name, value]) => ({ name, value })),
      });
      return true;
    },
  };
}
