// wtr command `a11y-tree`: the full accessibility tree (not only "interesting" nodes, so
// table, row, cell and header roles stay) under `payload.selector`, from Chromium's own
// accessibility tree via puppeteer. @web/test-runner-commands' a11ySnapshot cannot ask for
// the full tree. Firefox runs over WebDriver BiDi and WebKit over WebDriver, and neither
// exposes an accessibility tree to tests, so the command reports them as unsupported.
export function a11yTreePlugin() {
  return {
    name: 'circ-a11y-tree-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      const page = session.browser.type === 'puppeteer' && session.browser.getPage(session.id);
      const isChromium = page && (await page.browser().version()).includes('Chrome');
      if (!isChromium) {
        throw new Error(`a11y-tree: no accessibility tree in ${session.browser.name}`);
      }
      const root = payload?.selector ? await page.$(payload.selector) : undefined;
      return page.accessibility.snapshot({ interestingOnly: false, root: root ?? undefined });
    },
  };
}
