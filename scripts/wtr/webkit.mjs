// WebKit for @web/test-runner: Debian's WebKitGTK MiniBrowser driven by WebKitWebDriver
// (Playwright cannot drive Debian's WebKit). The launcher starts its own driver on a
// free port, and Xvfb when there is no display, and stops them when the run ends.
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { Key } from 'webdriverio';
import { WEBKIT_DRIVER_BIN, findMiniBrowser, needsXvfb } from './engines.mjs';
import {
  collectOutput,
  freePort,
  spawnOwned,
  startXvfb,
  stopOwned,
  waitForWebDriver,
} from './processes.mjs';

// Same default viewport the Chromium/Firefox launcher gives every test file.
const DEFAULT_VIEWPORT = { width: 800, height: 600 };
// One input source for every key action, so keys held with sendKeys({ down }) stay held.
const KEYBOARD = { type: 'key', id: 'wtr-keyboard' };

class WebKitLauncher extends WebdriverLauncher {
  constructor(miniBrowser) {
    super({
      logLevel: 'error',
      hostname: '127.0.0.1',
      port: 0, // set once the driver runs
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver 2.50 rejects the BiDi webSocketUrl capability webdriverio 9 adds
        'wdio:enforceWebDriverClassic': true,
        // --full-screen hides MiniBrowser's toolbar: the page then gets the whole window,
        // and narrow viewports work down to ~334 px (447 px with the toolbar)
        'webkitgtk:browserOptions': {
          binary: miniBrowser,
          args: ['--automation', '--full-screen'],
        },
      },
    });
    // One test file at a time: with concurrency > 1 the WebDriver launcher runs files in
    // iframes of one page, where key presses race for focus and pointer actions throw.
    this.concurrency = 1;
    this.viewport = undefined;
  }

  async initialize(config, testFiles) {
    const env = { ...process.env };
    if (needsXvfb(env)) {
      this.xvfb = await startXvfb();
      env.DISPLAY = this.xvfb.display;
    }
    await this.startDriver(env);
    // the parent's IFrameManager/SessionManager choice reads config.concurrency
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    // @web/test-runner puts its stock command plugins in front of user plugins, and their
    // set-viewport and send-keys {down/up} throw for WebDriver browsers instead of passing
    // on. The test runner's command dispatcher walks this very array, so putting our
    // handler first lets it answer for WebKit sessions (it passes on for everything else).
    if (!config.plugins.includes(webkitCommandsPlugin))
      config.plugins.unshift(webkitCommandsPlugin);
  }

  async startDriver(env) {
    // freePort() can lose a race with another process; retry on a fresh port
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      const child = spawnOwned(WEBKIT_DRIVER_BIN, [`--port=${port}`], {
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const output = collectOutput(child.stderr);
      try {
        await waitForWebDriver(`http://127.0.0.1:${port}`, child);
        this.driverProcess = child;
        this.options.port = port;
        return;
      } catch (error) {
        stopOwned(child);
        if (attempt >= 3) throw new Error(`${error.message}\n${output()}`);
      }
    }
  }

  async startSession(id, url) {
    await this.ensureManagerInitialized();
    // a test file's setViewport must not leak into the next file
    if (
      this.viewport?.width !== DEFAULT_VIEWPORT.width ||
      this.viewport?.height !== DEFAULT_VIEWPORT.height
    ) {
      await this.setViewport(DEFAULT_VIEWPORT);
    }
    return super.startSession(id, url);
  }

  async stop() {
    await super.stop();
    stopOwned(this.driverProcess);
    stopOwned(this.xvfb?.child);
    this.driverProcess = undefined;
    this.xvfb = undefined;
    this.viewport = undefined;
  }

  /** Sizes the window so the page's viewport (innerWidth/innerHeight) is exactly this. */
  async setViewport({ width, height }) {
    const readViewport = () =>
      this.driver.execute('return [window.innerWidth, window.innerHeight]');
    await this.driver.setWindowRect(null, null, width, height);
    const [innerWidth, innerHeight] = await readViewport();
    if (innerWidth !== width || innerHeight !== height) {
      // the window size includes MiniBrowser's own chrome: add what the page lost
      const rect = await this.driver.getWindowRect();
      await this.driver.setWindowRect(
        null,
        null,
        rect.width + width - innerWidth,
        rect.height + height - innerHeight,
      );
      const [finalWidth, finalHeight] = await readViewport();
      if (finalWidth !== width || finalHeight !== height) {
        this.viewport = undefined;
        throw new Error(
          `setViewport: WebKit (MiniBrowser) cannot make a ${width}x${height} viewport, got ${finalWidth}x${finalHeight}: its window has a minimum size`,
        );
      }
    }
    this.viewport = { width, height };
  }

  /**
   * @web/test-runner-commands' sendKeys with the same key names and semantics as in
   * Chromium and Firefox (puppeteer): type, press, and down/up (which the stock WebDriver
   * support lacks). Like puppeteer, no "Shift+Tab" chords: use down/press/up.
   */
  async sendKeys(_sessionId, payload) {
    const options = Object.keys(payload ?? {});
    if (options.length !== 1 || !['type', 'press', 'down', 'up'].includes(options[0])) {
      throw new Error('sendKeys needs exactly one of: type, press, down, up');
    }
    let actions;
    if ('type' in payload) {
      actions = [...payload.type].flatMap((char) => [
        { type: 'keyDown', value: char },
        { type: 'keyUp', value: char },
      ]);
    } else if ('press' in payload) {
      const value = keyValue(payload.press);
      actions = [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ];
    } else if ('down' in payload) {
      actions = [{ type: 'keyDown', value: keyValue(payload.down) }];
    } else {
      actions = [{ type: 'keyUp', value: keyValue(payload.up) }];
    }
    // no releaseActions(): keys pressed with { down } must stay down until { up }
    await this.driver.performActions([{ ...KEYBOARD, actions }]);
  }
}

// Puppeteer/Playwright key names (as used with sendKeys) → WebDriver key values.
function keyValue(name) {
  if ([...name].length === 1) return name;
  const value = name === 'Meta' ? Key.Command : Key[name];
  if (typeof value !== 'string' || value.startsWith('WDIO')) {
    throw new Error(`Unknown key: "${name}" (WebKit/WebDriver; for chords use down, press, up)`);
  }
  return value;
}

const webkitCommandsPlugin = {
  name: 'webkit-webdriver-commands',
  async executeCommand({ command, payload, session }) {
    if (!(session.browser instanceof WebKitLauncher)) return undefined;
    if (command === 'set-viewport') {
      await session.browser.setViewport(payload);
      return true;
    }
    if (command === 'send-keys') {
      await session.browser.sendKeys(session.id, payload);
      return true;
    }
    return undefined; // everything else: the stock plugins
  },
};

/** WebKit (WebKitGTK MiniBrowser) launcher for the `browsers` list. */
export function webkitLauncher() {
  const miniBrowser = findMiniBrowser();
  if (!miniBrowser) {
    throw new Error(
      'WebKitGTK MiniBrowser not found: run `node scripts/ensure-browsers.mjs` (Debian: webkit2gtk-driver)',
    );
  }
  return new WebKitLauncher(miniBrowser);
}
