/** The source locale: all built-in text is written in British English. */
export const sourceLocale = 'en-GB';

/**
 * The locale for `Intl` formatting (numbers, dates, prices). Every element asks here
 * rather than hard-coding a locale, so that following `<html lang>` (the localization
 * issue) changes one function. Until translations land, the text is only en-GB, and
 * formatting matches it.
 */
export function activeLocale(): string {
  return sourceLocale;
}
