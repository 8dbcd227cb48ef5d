/**
 * `circulation-elements/hydrate.js`: import it before any element module (and before Lit
 * is first imported) on pages pre-rendered by `circulation-elements/ssr`. It installs
 * Lit's hydration support, so each pre-rendered element keeps its server-rendered nodes
 * and only becomes interactive, instead of rendering them again.
 *
 * @example
 * import 'circulation-elements/hydrate.js';
 * import 'circulation-elements';
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
