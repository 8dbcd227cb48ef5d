// The theme stylesheets (issue 16): every src/themes/<name>.css, emitted by the npm build as
// dist/themes/<name>.css, as written (its comments tell partners what each value is for),
// after a one-line notice with the version. Not minified: a minifier rewrites
// `(min-width: …)` as range syntax, which Safari before 16.4 ignores, and the whole theme
// is about 1.3 KB gzipped. A theme sets --circ-* custom properties only
// (src/themes.node.test.mjs checks the sources).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** `css` (the source of theme `file`) as published: a notice line, then the source. */
export function publishedTheme(file, css, { name, version, license }) {
  const theme = path.basename(file, '.css');
  return `/*! ${name} ${version} (${license}): the ${theme} theme. */\n${css}`;
}

/** The theme sources in `themesDir`, by file name, sorted. */
export function themeFiles(themesDir) {
  return readdirSync(themesDir)
    .filter((file) => file.endsWith('.css'))
    .sort();
}

/** Vite plugin for the npm build: writes dist/themes/<name>.css from src/themes/. */
export function themeStylesheets({ themesDir, pkg }) {
  return {
    name: 'circ:theme-stylesheets',
    buildStart() {
      for (const file of themeFiles(themesDir)) this.addWatchFile(path.join(themesDir, file));
    },
    generateBundle() {
      for (const file of themeFiles(themesDir)) {
        const css = readFileSync(path.join(themesDir, file), 'utf8');
        this.emitFile({
          type: 'asset',
          fileName: `themes/${file}`,
          source: publishedTheme(file, css, pkg),
        });
      }
    },
  };
}
