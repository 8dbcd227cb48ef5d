import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { contentFigures } from '../scripts/content/figures.mjs';

/**
 * `virtual:circ-content-figures`: the readability figures of the built-in text, computed
 * from src/content/ when Storybook builds (or the dev server starts), by the functions the
 * content gates use, for the "Content and sources" page. Nothing is pasted by hand.
 */
function contentFiguresPlugin(): Plugin {
  const id = 'virtual:circ-content-figures';
  return {
    name: 'circ-content-figures',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      return `export default ${JSON.stringify(await contentFigures())};`;
    },
  };
}

/**
 * Storybook 10 on Vite, set up by hand (`storybook init`/`upgrade` need the network).
 * Controls and API tables come from `custom-elements.json`, which `npm start` and
 * `npm run build-storybook` regenerate first (see `.storybook/preview.ts`).
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  // The accessibility panel runs axe on every story; `npm run test:storybook` fails on
  // any violation in the built Storybook (scripts/storybook/smoke.mjs).
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  /**
   * Storybook loads `vite.config.ts` too. That file keeps every library-build
   * setting under `build` (which the Vite builder ignores, apart from `target`), so
   * Storybook gets an ordinary app build plus the shared plugins. Strip the library
   * settings here as well, so a later change there cannot turn Storybook into a
   * library build by accident.
   */
  viteFinal(viteConfig) {
    if (viteConfig.build) {
      delete viteConfig.build.lib;
      // Storybook's own manager and docs chunks are large; ours are not the issue.
      viteConfig.build.chunkSizeWarningLimit = 2000;
      const bundlerOptions = viteConfig.build.rolldownOptions;
      const output = bundlerOptions?.output;
      for (const outputOptions of Array.isArray(output) ? output : output ? [output] : []) {
        delete outputOptions.preserveModules;
        delete outputOptions.preserveModulesRoot;
      }
    }
    // Storybook's renderer imports `lit/directive-helpers.js` from a module the dev
    // server does not pre-bundle, which would load a second lit-html beside the
    // pre-bundled `lit` ("Multiple versions of Lit loaded"). Pre-bundle it with the
    // rest of Lit so stories and renderer share one copy.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    viteConfig.plugins = [...(viteConfig.plugins ?? []), contentFiguresPlugin()];
    return viteConfig;
  },
};

export default config;
