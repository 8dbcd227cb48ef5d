// @web/test-runner: src/**/*.test.ts (@open-wc/testing, mocha) in Chromium, Firefox ESR
// and WebKit in one run, with Chromium's V8 coverage enforced.
//   npx wtr                          all three engines + coverage
//   WTR_BROWSERS=webkit npx wtr      any comma-separated subset while developing
// Engines are Debian's packages: run `node scripts/ensure-browsers.mjs` first.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { CHROMIUM_BIN, FIREFOX_BIN, selectedEngines } from './scripts/wtr/engines.mjs';
import { a11yTreePlugin } from './scripts/wtr/a11y-tree-plugin.mjs';
import { mediaFeaturesPlugin } from './scripts/wtr/media-features-plugin.mjs';
import { nhsukFrontendPlugin } from './scripts/wtr/nhsuk-frontend-plugin.mjs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { ssrRenderPlugin } from './scripts/wtr/ssr-render-plugin.mjs';
import { webkitLauncher } from './scripts/wtr/webkit.mjs';

const rootDir = path.dirname(fileURLToPath(import.meta.url));
const engines = selectedEngines();
const inRoot = (glob) => path.posix.join(rootDir.split(path.sep).join('/'), glob);

const launchers = {
  chromium() {
    const launcher = chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_BIN,
        headless: true,
        args: [
          '--no-sandbox', // we run as root
          // the network is closed: stop Chromium's background calls home
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // CI containers often have a 64 MB /dev/shm, too small for Chromium
          '--disable-dev-shm-usage',
        ],
      },
    });
    // chromeLauncher names every locally installed Chromium-family browser "Chrome"
    launcher.name = 'Chromium';
    return launcher;
  },
  firefox() {
    // puppeteer-core over WebDriver BiDi: no geckodriver on Debian
    const launcher = chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX_BIN, headless: true },
    });
    launcher.name = 'Firefox';
    return launcher;
  },
  webkit: webkitLauncher,
};

// The esbuild plugin rewrites static `./x.js` imports to the `./x.ts` source, but not
// dynamic imports built at run time, such as @lit/localize's runtime-mode
// `import(`./locales/${locale}.js`)`. Serve a missing src/**/x.js from its x.ts instead;
// the esbuild plugin then compiles it like any other .ts module.
function serveTsForMissingJs(context, next) {
  if (/^\/src\/[^?#]*\.js$/.test(context.path) && !context.path.includes('..')) {
    const file = path.join(rootDir, context.path);
    if (!existsSync(file) && existsSync(`${file.slice(0, -3)}.ts`)) {
      context.path = `${context.path.slice(0, -3)}.ts`;
    }
  }
  return next();
}

export default {
  rootDir,
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    // without `tsconfig` esbuild ignores experimentalDecorators and Lit's decorators
    // reach the browser untransformed (every engine then fails to load the test module)
    esbuildPlugin({ ts: true, tsconfig: path.join(rootDir, 'tsconfig.json'), target: 'es2022' }),
    // The real accessibility tree for tests that read it (Chromium only; see the plugin).
    a11yTreePlugin(),
    ssrRenderPlugin({ rootDir }),
    mediaFeaturesPlugin(),
    // nhsuk-frontend's own components, rendered from its Nunjucks macros, for the NHS.UK
    // parity tests (src/themes/), and the screenshots they compare (Chromium only, one
    // baseline each: src/themes/screenshots/; WTR_UPDATE_SCREENSHOTS=1 rewrites them; at
    // most 20 pixels may differ, anti-aliasing and colours within 0.1 not counted).
    nhsukFrontendPlugin(),
    visualRegressionPlugin({
      update: process.env.WTR_UPDATE_SCREENSHOTS === '1',
      baseDir: path.join(rootDir, 'src/themes/screenshots'),
      getBaselineName: ({ name }) => name,
      getDiffName: ({ name }) => path.join('failed', `${name}-diff`),
      getFailedName: ({ name }) => path.join('failed', name),
      diffOptions: { threshold: 0.1 },
      failureThreshold: 20,
      failureThresholdType: 'pixel',
    }),
  ],
  middleware: [serveTsForMissingJs],

  browsers: engines.map((engine) => launchers[engine]()),
  // One test file per engine at a time: keyboard tests need real focus, which only one
  // page per browser has (concurrency 2 failed Tab/Enter tests in Chromium and Firefox;
  // WebKit's launcher would also fall back to iframes without pointer actions).
  concurrency: 1,
  // Two engines at a time on a 2-core CI box; three side by side measured no faster.
  concurrentBrowsers: 2,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  // Lit's development build (nodeResolve's default "development" condition) keeps its
  // useful warnings; only its fixed "dev mode" notice would repeat under every file.
  filterBrowserLogs: ({ args }) =>
    !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  testFramework: {
    config: { timeout: 10_000 }, // mocha; WebKit under Xvfb on a busy CI box is slow
  },

  // Only Chromium reports coverage (V8 over CDP). Firefox and WebKit sessions return
  // none, and wtr merges what there is, so one run tests all three engines and enforces
  // the threshold on Chromium's numbers. Without Chromium there is nothing to measure.
  coverage: engines.includes('chromium'),
  coverageConfig: {
    include: [inRoot('src/**/*.ts')],
    exclude: [
      inRoot('src/**/*.test.ts'),
      inRoot('src/**/*.stories.ts'),
      inRoot('src/test-utils/**'),
      inRoot('src/fixtures/**'), // the shared examples of stories and tests
      inRoot('src/locales/**'), // generated by lit-localize
      inRoot('stories/**'),
      '**/node_modules/**',
    ],
    threshold: { lines: 95, statements: 95, branches: 95, functions: 95 },
    reportDir: path.join(rootDir, 'coverage'),
    reporters: ['lcov', 'text-summary'],
  },
};
