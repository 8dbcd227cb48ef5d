/** The heading levels an element may render, so a widget fits the host page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The level of a heading one below `level`, at most 6. */
export function levelBelow(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/** True when `value` is a whole number from 2 to 6. */
export function isHeadingLevel(value: unknown): value is HeadingLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 6;
}
