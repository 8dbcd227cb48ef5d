import { html, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';

const emptyStrings = new Map<number, TemplateStringsArray>();

/**
 * One template made of `parts`: static markup (`unsafeStatic(…)`, text escaped by the
 * caller) and the bindings between them, for markup whose length varies with the content
 * (a question with two options or five). `lit/static-html.js` joins the static parts into
 * the template strings and caches the template by them, so every element that renders the
 * same markup clones the same template, with one part per binding and nothing else: no
 * nested template, no comment markers per item. The strings passed in are all empty;
 * the markup comes only from the static values.
 */
export function staticTemplate(parts: readonly (StaticValue | unknown)[]): TemplateResult {
  let strings = emptyStrings.get(parts.length);
  if (!strings) {
    const empty = new Array<string>(parts.length + 1).fill('');
    strings = Object.freeze(
      Object.assign(empty, { raw: empty }),
    ) as unknown as TemplateStringsArray;
    emptyStrings.set(parts.length, strings);
  }
  return staticHtml(strings, ...parts);
}

/**
 * A template of static `markup` alone, whose every piece of text the caller escaped
 * (`escapeHtml`). Lit compiles a template once per strings array and holds it only as
 * long as the array lives (a weak cache), so the caller keeps the result while the markup
 * is current and drops it when the markup changes: nothing outlives its use, however many
 * different markups a page goes through (unlike `unsafeStatic`, whose cache is forever).
 */
export function markupTemplate(markup: string): TemplateResult {
  const strings = [markup];
  return html(
    Object.freeze(Object.assign(strings, { raw: strings })) as unknown as TemplateStringsArray,
  );
}
