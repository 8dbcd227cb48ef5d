/** The locale the built-in text is written in. */
export const sourceLocale = 'en-GB';

/** Every locale with built-in text: the source and the translations in xliff/. */
export const supportedLocales = ['en-GB', 'cy', 'pl', 'ur'] as const;

/** A locale the elements can speak. */
export type SupportedLocale = (typeof supportedLocales)[number];

/** Locales written right to left. */
const rightToLeft = new Set<string>(['ur']);

/** `rtl` for right-to-left locales, else `ltr`. */
export function directionOf(locale: SupportedLocale): 'ltr' | 'rtl' {
  return rightToLeft.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The supported locale for a language tag such as `<html lang>`: an exact match, else
 * the same language (`cy-GB` → `cy`, `en-US` → `en-GB`, `pl-PL` → `pl`), else `en-GB`.
 * Case and `_` separators are forgiven; anything unparseable is `en-GB`.
 */
export function resolveLocale(tag: string | null | undefined): SupportedLocale {
  const normalized = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  const exact = supportedLocales.find((locale) => locale.toLowerCase() === normalized);
  if (exact) return exact;
  const language = normalized.split('-')[0];
  return supportedLocales.find((locale) => locale.split('-')[0] === language) ?? sourceLocale;
}
