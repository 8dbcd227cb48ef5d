import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook 10 on Vite, set up by hand (`storybook init`/`upgrade` need the network).
 * Controls and API tables come from `custom-elements.json`, which `npm start` and
 * `npm run build-storybook` regenerate first (see `.storybook/preview.ts`).
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  addons: ['@storybook/addon-docs'],
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
    return viteConfig;
  },
};

export default config;
