import { parseIsoDate } from '../../base/iso-date.js';
import { parseWholeNumber, wholeNumberFrom } from '../../base/whole-number.js';

// The checks of <circ-walking-plan>'s attributes, run from willUpdate() when one changes:
// each returns what the plan shows and reports a bad value once through `warn`, so that
// render() stays a pure function of checked fields and never shows "NaN" or "Invalid Date".

/** Reports one problem, once per `key` (the element's `warnOnce`). */
export type Warn = (key: string, message: string) => void;

/** The range and default of a whole-number attribute. */
interface WholeNumberRule {
  readonly attribute: string;
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
  /** What the fallback means, for the warning: "the plan has 12 weeks". */
  readonly meaning: string;
}

/** `weeks`: 1–24, default 12. */
export const weeksRule: WholeNumberRule = {
  attribute: 'weeks',
  min: 1,
  max: 24,
  fallback: 12,
  meaning: 'the plan has 12 weeks',
};

/** `sessions-per-week`: 1–7, default 3. */
export const sessionsRule: WholeNumberRule = {
  attribute: 'sessions-per-week',
  min: 1,
  max: 7,
  fallback: 3,
  meaning: 'the plan has 3 sessions a week',
};

/**
 * The whole number to use: `value` when it is a whole number in the rule's range (or a
 * string of its digits, see `wholeNumberFrom`), else the fallback, with one warning (a
 * removed attribute, `null`, is no mistake). `attribute` is the attribute's text, quoted
 * in the warning when the property came from it (the attribute converter reads anything
 * but decimal digits, "0x10" or "1e1", as `NaN`).
 */
export function checkedWholeNumber(
  rule: WholeNumberRule,
  value: unknown,
  attribute: string | null,
  warn: Warn,
): number {
  if (value === null || value === undefined) return rule.fallback;
  const number = wholeNumberFrom(value) as number;
  if (Number.isInteger(number) && number >= rule.min && number <= rule.max) return number;
  const fromAttribute = attribute !== null && Object.is(parseWholeNumber(attribute), value);
  const given = fromAttribute ? attribute : String(value);
  warn(
    `${rule.attribute}:${given}`,
    `${rule.attribute} "${given}" is not a whole number from ${rule.min} to ${rule.max}; ${rule.meaning}.`,
  );
  return rule.fallback;
}

/** The plan's first date (UTC midnight), or `undefined` for blank dates (one warning if bad). */
export function checkedStart(value: string | null | undefined, warn: Warn): Date | undefined {
  if (value === null || value === undefined) return undefined;
  const date = parseIsoDate(String(value));
  if (date) return date;
  warn(
    `start:${String(value)}`,
    `start "${String(value)}" is not an ISO date (YYYY-MM-DD); the plan has blank dates to fill in.`,
  );
  return undefined;
}
