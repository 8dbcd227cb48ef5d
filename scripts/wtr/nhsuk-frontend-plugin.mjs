// wtr plugin for the NHS.UK parity tests (src/themes/): renders nhsuk-frontend's own
// components from its Nunjucks macros in Node, at test time, so the tests compare our
// elements with the real thing rather than a copy of its markup.
//   command `nhsuk-render`, payload { macro: 'card' | 'radios' | 'checkboxes' | 'button' |
//     'table', params }: the HTML the macro writes for those params
//   GET /__nhsuk/nhsuk-frontend.css: nhsuk-frontend's built stylesheet without its
//     @font-face rules, which would fetch Frutiger from assets.nhs.uk (tests stay off the
//     network; both sides then use its fallback, Arial, so they compare like for like)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nunjucks from 'nunjucks';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('nhsuk-frontend/package.json'));
const distDir = path.join(packageDir, 'dist');

/** The macro file of each component the tests render. */
const macros = {
  button: 'nhsuk/components/button/macro.njk',
  card: 'nhsuk/components/card/macro.njk',
  checkboxes: 'nhsuk/components/checkboxes/macro.njk',
  radios: 'nhsuk/components/radios/macro.njk',
  table: 'nhsuk/components/tables/macro.njk',
};

let environment;

/** nhsuk-frontend's `macro` rendered with `params`, as a page built with it would. */
export function renderNhsukMacro(macro, params = {}) {
  if (!Object.hasOwn(macros, macro)) throw new Error(`nhsuk-render: unknown macro "${macro}"`);
  environment ??= new nunjucks.Environment(new nunjucks.FileSystemLoader(distDir), {
    autoescape: true,
  });
  return environment.renderString(
    `{% from "${macros[macro]}" import ${macro} %}{{ ${macro}(params) }}`,
    { params },
  );
}

/** nhsuk-frontend's stylesheet with every `@font-face { … }` rule taken out. */
export function nhsukStylesheet() {
  const css = readFileSync(path.join(distDir, 'nhsuk', 'nhsuk-frontend.css'), 'utf8');
  return css.replace(/@font-face\s*\{[^}]*\}/g, '');
}

export function nhsukFrontendPlugin() {
  let stylesheet;
  return {
    name: 'circ-nhsuk-frontend',
    serve(context) {
      if (context.path !== '/__nhsuk/nhsuk-frontend.css') return undefined;
      stylesheet ??= nhsukStylesheet();
      return { body: stylesheet, type: 'css' };
    },
    executeCommand({ command, payload }) {
      if (command !== 'nhsuk-render') return undefined;
      return renderNhsukMacro(payload?.macro, payload?.params);
    },
  };
}
