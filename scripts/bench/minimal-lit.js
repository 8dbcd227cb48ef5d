// Entry of the Lit bundle behind the benchmark's minimal Lit element: bundled by
// scripts/bench/sizes.mjs with the same settings (production Lit, minified, es2022) as
// the Lit inside the CDN bundle, so the two elements compared run the same Lit.
export { LitElement, unsafeCSS } from 'lit';
export { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
