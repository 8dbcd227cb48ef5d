/**
 * A whole number written in decimal digits (`"3"`, `" 12 "`), as the contract writes
 * numeric attributes; anything else is `NaN`. Lit's `Number` converter reads more than
 * that: `"0x3"` as 3, `"3e0"` as 3 and `""` as 0, which would pass for valid levels.
 */
export function parseWholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * The converter of every whole-number attribute (`heading-level`, the walking plan's
 * `weeks` and `sessions-per-week`): absent is `null`, anything but decimal digits `NaN`,
 * which the element's check reports once and replaces with its default.
 */
export const wholeNumberAttribute = {
  fromAttribute: (value: string | null): number | null =>
    value === null ? null : parseWholeNumber(value),
};

/**
 * A whole-number property's value as the element checks it: a string of decimal digits
 * counts as its number, because some frameworks (Vue, Svelte) set a property from the
 * text in a template (`weeks="6"` sets `weeks` to `"6"`), as the price banner's `price`
 * accepts `"49"`. Any other value is returned as it is, for the check to report.
 */
export function wholeNumberFrom(value: unknown): unknown {
  return typeof value === 'string' ? parseWholeNumber(value) : value;
}
