import { directionOf } from './locale-codes.js';
import { getLocale } from './localization.js';

/**
 * The locale for `Intl` formatting (numbers, dates, prices): the locale the elements
 * speak now, so figures and words always agree.
 */
export function activeLocale(): string {
  return getLocale();
}

/**
 * The `lang` and `dir` an element's content needs when they differ from the page's
 * (after `setLocale()` on a page in another language); `undefined` when the page's own
 * attributes already fit, so the host inherits them as usual.
 */
export function languageAttributesFor(
  host: HTMLElement,
): { lang: string; dir: 'ltr' | 'rtl' } | undefined {
  const locale = getLocale();
  // The page's language and direction around the host (shadow hosts included).
  const parent = host.parentElement ?? (host.getRootNode() as ShadowRoot).host ?? null;
  const pageLanguage = parent?.closest('[lang]')?.getAttribute('lang') ?? '';
  // Compare languages, not resolved locales: English text on a lang="fr" page needs its
  // own lang, or a screen reader reads it with a French voice.
  const sameLanguage = primaryLanguage(pageLanguage) === primaryLanguage(locale);
  // The `dir` attribute, not computed style: reading styles on every render forces a style
  // recalculation per element (it doubled render cost in `npm run bench`).
  const pageDirection =
    parent?.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  if (sameLanguage && pageDirection === directionOf(locale)) return undefined;
  return { lang: locale, dir: directionOf(locale) };
}

function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}
