import { activeLocale } from '../../base/locale.js';

// Times and dates as the walking plan shows them, in the active locale (Intl), so the
// digits, words and order fit the language the text is in.

// Formatters are slow to make and the plan makes up to 168 dates: one per locale and kind.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  kind: string,
  make: (locale: string) => T,
): T {
  const key = `${activeLocale()} ${kind}`;
  let made = formatters.get(key) as T | undefined;
  if (!made) formatters.set(key, (made = make(intlLocale(activeLocale()))));
  return made;
}

/**
 * The locale to format in: the active one if this browser's `Intl` has its data, else
 * British English. Some builds (Debian's Chromium among them) carry no Welsh dates, and
 * would otherwise fall back to American ones ("Mon, Dec 7") on a Welsh page.
 */
function intlLocale(locale: string): string {
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-GB';
}

const number = () => formatter('number', (locale) => new Intl.NumberFormat(locale));
const unit = (name: 'minute' | 'second') =>
  formatter(
    name,
    (locale) => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }),
  );

/** The timer's face: minutes and seconds, `12:05` (hours as minutes: `75:00`). */
export function clockFace(ms: number): string {
  const total = Math.floor(ms / 1000);
  const minutes = number().format(Math.floor(total / 60));
  const secondsPart = formatter(
    'two digits',
    (locale) => new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 }),
  ).format(total % 60);
  return `${minutes}:${secondsPart}`;
}

/** The ISO 8601 duration of `seconds`, for `<time datetime>`: `PT3M5S`. */
export function isoDuration(seconds: number): string {
  return `PT${Math.floor(seconds / 60)}M${seconds % 60}S`;
}

/** A length of time in words: "3 minutes, 5 seconds", "45 seconds", "1 minute". */
export function durationInWords(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [
    ...(minutes > 0 ? [unit('minute').format(minutes)] : []),
    ...(rest > 0 || minutes === 0 ? [unit('second').format(rest)] : []),
  ];
  return formatter(
    'list',
    (locale) => new Intl.ListFormat(locale, { type: 'unit', style: 'long' }),
  ).format(parts);
}

/** Whole minutes in words, for the once-a-minute announcement: "3 minutes". */
export function minutesInWords(minutes: number): string {
  return unit('minute').format(minutes);
}

/** A plan date: weekday, day and month ("Wed 2 Dec"); the year is in the plan's first date. */
export function planDate(date: Date): string {
  return formatter(
    'plan date',
    (locale) =>
      new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }),
  ).format(date);
}

/** The plan's first date in full: "Wednesday 2 December 2026". */
export function fullDate(date: Date): string {
  return formatter(
    'full date',
    (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }),
  ).format(date);
}

/** A whole number in the locale's digits. */
export function wholeNumber(value: number): string {
  return number().format(value);
}
