import { html, type TemplateResult } from 'lit';

/**
 * A template of static `markup` alone, whose every piece of text the caller escaped
 * (`escapeHtml`). Lit compiles a template once per strings array and holds it only as
 * long as the array lives (a weak cache), so the caller keeps the result while the markup
 * is current and drops it when the markup changes: nothing outlives its use, however many
 * different markups a page goes through (unlike `unsafeStatic`, whose cache is forever).
 */
export function markupTemplate(markup: string): TemplateResult {
  return html(templateStrings([markup]));
}

/**
 * The strings of a template built at run time: static markup `pieces` (every piece of text
 * escaped by the caller), with one binding between each two, so that
 * `html(strings, ...values)` has exactly `pieces.length - 1` parts and no other overhead
 * (none of `lit/static-html.js`'s joining and lookup on every render). Lit compiles a
 * template once per strings array and holds it weakly: the caller keeps the strings while
 * the markup is current (a language, say) and drops them when it changes.
 */
export function templateStrings(pieces: readonly string[]): TemplateStringsArray {
  const strings = [...pieces];
  return Object.freeze(Object.assign(strings, { raw: strings })) as unknown as TemplateStringsArray;
}
