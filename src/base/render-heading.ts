import { html, type TemplateResult } from 'lit';
import { escapeHtml } from './escape-html.js';
import { levelBelow, type HeadingLevel } from './heading-level.js';
import { templateStrings } from './static-template.js';

/** How a heading renders besides its level and content. */
export interface HeadingOptions {
  /** Hide the heading (while it has nothing to say, say), keeping its place in the template. */
  readonly hidden?: boolean;
}

/** The heading's attributes, the same in `renderHeading` and `headingMarkup`. */
const headingAttributes = 'part="heading" class="heading" id="heading"';

// One template per heading level, built from a fixed tag name (`h2`…`h6`, never text from
// the page), so it is as safe under Trusted Types as a literal template, and built once:
// no static-tag joining and lookup on every render, as `lit/static-html.js` does.
const headings = new Map<HeadingLevel, TemplateStringsArray>();
const subheadings = new Map<HeadingLevel, TemplateStringsArray>();

function stringsFor(
  cache: Map<HeadingLevel, TemplateStringsArray>,
  level: HeadingLevel,
  pieces: (tag: string) => string[],
): TemplateStringsArray {
  let strings = cache.get(level);
  if (!strings) cache.set(level, (strings = templateStrings(pieces(`h${level}`))));
  return strings;
}

/**
 * The element's own heading at `level`: `part="heading"`, `class="heading"` and
 * `id="heading"` (which a landmark or table in the same shadow root can point
 * `aria-labelledby` at). The one place this markup is written, so every element's
 * heading is built alike.
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  options: HeadingOptions = {},
): TemplateResult {
  const strings = stringsFor(headings, level, (tag) => [
    `<${tag} ${headingAttributes} ?hidden=`,
    '>',
    `</${tag}>`,
  ]);
  return html(strings, options.hidden ?? false, content);
}

/**
 * The markup of the element's heading at `level` (as `renderHeading` renders it), around
 * `innerMarkup`, for a static template; the caller has escaped every piece of text in
 * `innerMarkup`.
 */
export function headingMarkup(
  level: HeadingLevel,
  innerMarkup: string,
  options: HeadingOptions = {},
): string {
  const tag = `h${level}`;
  return `<${tag} ${headingAttributes}${options.hidden ? ' hidden' : ''}>${innerMarkup}</${tag}>`;
}

/**
 * A heading one level below the element's heading (`level` + 1, at most `h6`), for a
 * section inside the element such as the checklist's result: `class="subheading"`.
 */
export function renderSubheading(level: HeadingLevel, content: unknown): TemplateResult {
  const strings = stringsFor(subheadings, levelBelow(level), (tag) => [
    `<${tag} class="subheading">`,
    `</${tag}>`,
  ]);
  return html(strings, content);
}

/** The markup of `renderSubheading(level, text)`, for a static template; `text` is escaped. */
export function subheadingMarkup(level: HeadingLevel, text: string): string {
  const tag = `h${levelBelow(level)}`;
  return `<${tag} class="subheading">${escapeHtml(text)}</${tag}>`;
}
