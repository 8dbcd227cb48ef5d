/**
 * The `hasChanged` of every numeric property read from an attribute (`heading-level`,
 * the price banner's `price`, the walking plan's `weeks` and `sessions-per-week`). A bad
 * attribute reads as `NaN`, and `NaN` is never a change to Lit's default check, so
 * `"three"` followed by `"four"` would raise no warning for "four": every `NaN` counts as
 * a change. (The options stay written out at each `@property`, where the manifest analyzer
 * reads them.)
 */
export function numberHasChanged(value: unknown, old: unknown): boolean {
  return !Object.is(value, old) || Number.isNaN(value);
}
