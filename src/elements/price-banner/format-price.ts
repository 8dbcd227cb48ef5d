/**
 * Reading, checking and formatting the price of `<circ-price-banner>`. Pure functions:
 * no DOM, so they run the same in a browser and on a server.
 */

/** Why a given price cannot be shown. */
export type PriceProblem = 'not-a-number' | 'not-finite' | 'negative' | 'zero';

/** The outcome of checking a price: none given, one that can be shown, or why not. */
export type PriceCheck =
  | { readonly status: 'absent' }
  | { readonly status: 'valid'; readonly amount: number }
  | { readonly status: 'invalid'; readonly problem: PriceProblem };

// A plain decimal number, as HTML reads numeric attributes: an optional sign, digits with
// an optional decimal point, an optional exponent. No thousands separators, no currency
// signs, no hexadecimal, no "Infinity": `Number()` alone would read "" as 0 and "0x10" as 16.
const decimalNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads the `price` attribute: the number it spells, or `NaN` when it is not a plain
 * decimal number (`""`, `"abc"`, `"1,950"`, `"£1950"`). Surrounding spaces are ignored.
 */
export function parsePrice(text: string): number {
  const trimmed = text.trim();
  return decimalNumber.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Checks a `price` property value. Numbers and numeric strings are accepted (some
 * frameworks set properties from template strings); `undefined` and `null` mean no price.
 * A price must be a finite number above zero: a fixed price of nothing is a mistake, not an offer.
 */
export function checkPrice(value: unknown): PriceCheck {
  if (value === undefined || value === null) return { status: 'absent' };
  const amount =
    typeof value === 'number' ? value : typeof value === 'string' ? parsePrice(value) : Number.NaN;
  if (Number.isNaN(amount)) return { status: 'invalid', problem: 'not-a-number' };
  if (!Number.isFinite(amount)) return { status: 'invalid', problem: 'not-finite' };
  if (amount < 0) return { status: 'invalid', problem: 'negative' };
  if (amount === 0) return { status: 'invalid', problem: 'zero' }; // also -0, never "-£0"
  return { status: 'valid', amount };
}

let listed: ReadonlySet<string> | null | undefined;

/**
 * The currency codes this engine has data for, or `null` where it cannot list them
 * (`Intl.supportedValuesOf` arrived in Chromium 99, Firefox 93 and Safari 15.4).
 */
export function listedCurrencies(): ReadonlySet<string> | null {
  if (listed === undefined) {
    listed =
      typeof Intl.supportedValuesOf === 'function'
        ? new Set(Intl.supportedValuesOf('currency'))
        : null;
  }
  return listed;
}

/**
 * The upper-case ISO 4217 code for `value`, or `undefined` when it is not a known currency.
 *
 * Codes are read case-insensitively (`eur` is `EUR`), as `Intl` and ISO 4217 do. A code is
 * known when the engine lists it; where it cannot list currencies (`listed` is `null`),
 * any well-formed three-letter code is accepted, because `Intl.NumberFormat` itself only
 * rejects malformed codes and would print an unknown one as its letters.
 */
export function resolveCurrency(
  value: string,
  listed: ReadonlySet<string> | null = listedCurrencies(),
): string | undefined {
  const trimmed = value.trim();
  if (!/^[a-z]{3}$/i.test(trimmed)) return undefined;
  const code = trimmed.toUpperCase();
  return listed === null || listed.has(code) ? code : undefined;
}

/**
 * Formats a valid amount in `currency` for `locale`: no decimals for a whole amount
 * (`£1,950`), otherwise the currency's usual decimals (`£1,950.50`; two for GBP).
 */
export function formatPrice(amount: number, currency: string, locale: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  }).format(amount);
}
