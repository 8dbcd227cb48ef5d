import { safeHref } from '../../base/safe-url.js';
import { checkPrice, parsePrice, resolveCurrency, type PriceProblem } from './format-price.js';

// The checks of <circ-price-banner>'s attributes, run from willUpdate() when one changes:
// each returns what the banner shows and reports a bad value once through `warn`, so
// render() stays a pure function of the checked fields.

/** Reports one problem, once per `key` (the element's `warnOnce`). */
export type Warn = (key: string, message: string) => void;

/** The currency shown when `currency` is absent or not a known code. */
export const defaultCurrency = 'GBP';

const priceProblems: Record<PriceProblem, string> = {
  'not-a-number': 'is not a number',
  'not-finite': 'is not a finite number',
  negative: 'is negative',
  zero: 'is zero',
};

/** The `price` attribute as a number: absent is `undefined`, anything unreadable `NaN`. */
export function priceFromAttribute(value: string | null): number | undefined {
  return value === null ? undefined : parsePrice(value);
}

/**
 * The amount to show, or `undefined` (with one warning when the price is bad).
 * `attribute` is the `price` attribute, quoted in the warning when the property came from it.
 */
export function checkedAmount(
  price: unknown,
  attribute: string | null,
  warn: Warn,
): number | undefined {
  const check = checkPrice(price);
  if (check.status === 'valid') return check.amount;
  if (check.status === 'invalid') {
    const given =
      attribute !== null && Object.is(priceFromAttribute(attribute), price)
        ? attribute
        : String(price);
    warn(
      `price:${given}`,
      `price "${given}" ${priceProblems[check.problem]}; the price is hidden.`,
    );
  }
  return undefined;
}

/** The ISO 4217 code to format with (`null` once the attribute is removed). */
export function checkedCurrency(given: string | null | undefined, warn: Warn): string {
  if (given === null || given === undefined) return defaultCurrency;
  const code = resolveCurrency(String(given));
  if (code !== undefined) return code;
  warn(
    `currency:${given}`,
    `currency "${given}" is not a known ISO 4217 currency code; using ${defaultCurrency}.`,
  );
  return defaultCurrency;
}

/** The safe link of the call to action, or `undefined` to leave it out. */
export function checkedHref(given: string | null | undefined, warn: Warn): string | undefined {
  if (given === null || given === undefined) return undefined;
  const href = safeHref(given);
  if (href === undefined) {
    warn(
      `href:${given}`,
      `href "${given}" is not an http(s), mailto, tel or relative URL; the call to action is left out.`,
    );
  }
  return href;
}

/**
 * The partner's call-to-action label, or `undefined` for the built-in one (with one
 * warning when blank). Only checked when there is a call to action to carry it.
 */
export function checkedCtaLabel(
  given: string | null | undefined,
  hasCallToAction: boolean,
  warn: Warn,
): string | undefined {
  if (!hasCallToAction || given === null || given === undefined) return undefined;
  if (given.trim() !== '') return given;
  warn('cta-label:empty', 'cta-label is empty; using the built-in label.');
  return undefined;
}

/** The trimmed provider name, or `undefined` for "Offer" (with one warning when blank). */
export function checkedProvider(given: string | null | undefined, warn: Warn): string | undefined {
  if (given === null || given === undefined) return undefined;
  const name = String(given).trim();
  if (name !== '') return name;
  warn('provider:empty', 'provider is empty; the label reads "Offer" without a name.');
  return undefined;
}
