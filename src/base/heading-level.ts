import { literal, type StaticValue } from 'lit/static-html.js';

/** The heading levels an element may render, so a widget fits the host page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

// Literal tags (not unsafeStatic) keep dynamic heading levels safe under Trusted Types.
const headingTags: Record<HeadingLevel, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** True when `value` is a whole number from 2 to 6. */
export function isHeadingLevel(value: unknown): value is HeadingLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 6;
}

/** The static tag (`h2`…`h6`) for a valid heading level, for use with `lit/static-html.js`. */
export function headingTag(level: HeadingLevel): StaticValue {
  return headingTags[level];
}
