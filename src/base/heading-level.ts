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

/**
 * The `hasChanged` of every element's `heading-level` property. A bad attribute reads as
 * `NaN`, and `NaN` is never a change to Lit's default check, so `"three"` followed by
 * `"four"` would raise no warning for "four": every `NaN` counts as a change. (The
 * options stay written out at each `@property`, where the manifest analyzer reads them.)
 */
export function headingLevelHasChanged(value: unknown, old: unknown): boolean {
  return !Object.is(value, old) || Number.isNaN(value);
}

/** The level of a heading one below `level`, at most 6. */
export function levelBelow(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/** True when `value` is a whole number from 2 to 6. */
export function isHeadingLevel(value: unknown): value is HeadingLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 6;
}

/** The static tag (`h2`…`h6`) for a valid heading level, for use with `lit/static-html.js`. */
export function headingTag(level: HeadingLevel): StaticValue {
  return headingTags[level];
}
