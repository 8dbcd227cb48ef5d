import type { TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag, levelBelow, type HeadingLevel } from './heading-level.js';

/** How a heading renders besides its level and content. */
export interface HeadingOptions {
  /** Hide the heading (while it has nothing to say, say), keeping its place in the template. */
  readonly hidden?: boolean;
}

/**
 * The element's own heading at `level`: `part="heading"`, `class="heading"` and
 * `id="heading"` (which a landmark or table in the same shadow root can point
 * `aria-labelledby` at). The one place the static-tag markup is written, so every
 * element's heading is built alike and stays safe under Trusted Types (literal tags only).
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  options: HeadingOptions = {},
): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} part="heading" class="heading" id="heading" ?hidden=${options.hidden ?? false}>${content}</${tag}>`;
}

/**
 * A heading one level below the element's heading (`level` + 1, at most `h6`), for a
 * section inside the element such as the checklist's result: `class="subheading"`.
 */
export function renderSubheading(level: HeadingLevel, content: unknown): TemplateResult {
  const tag = headingTag(levelBelow(level));
  return staticHtml`<${tag} class="subheading">${content}</${tag}>`;
}
