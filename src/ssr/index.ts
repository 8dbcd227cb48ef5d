/**
 * `circulation-elements/ssr` (Node only): server rendering of our elements with
 * `@lit-labs/ssr`. Importing it registers every element in the server's DOM shim.
 *
 * @example
 * import { renderToString } from 'circulation-elements/ssr';
 * const html = await renderToString('<circ-explainer topic="treatment"></circ-explainer>', {
 *   locale: 'cy',
 * });
 */
export { isSupportedLocale, renderToString, type RenderOptions } from './render-to-string.js';
