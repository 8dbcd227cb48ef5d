// npm run test:minified — the whole browser suite (three engines) against the templates as
// the library build minifies them (scripts/build/minify-templates.mjs), for a change to the
// minifier or to templates that it may handle differently. Not part of `npm test`: the
// build's output is checked there by the CSP check and the loader test. No coverage here
// (the minified modules no longer line up with the source).
import base from '../../web-test-runner.config.mjs';
import { minifyTemplatesInModule } from './minify-templates.mjs';

const libraryModule = /^\/src\/(?!test-utils\/|fixtures\/)[^?#]*(?<!\.test)\.ts$/;

export default {
  ...base,
  coverage: false,
  plugins: [
    ...base.plugins,
    {
      name: 'circ:minify-templates-after-esbuild',
      transform(context) {
        if (!libraryModule.test(context.path)) return undefined;
        const result = minifyTemplatesInModule(context.body, context.path);
        if (!result) return undefined;
        for (const warning of result.warnings) console.warn(`${context.path}: ${warning}`);
        return { body: result.code };
      },
    },
  ],
};
