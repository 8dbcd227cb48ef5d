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
  // The page's language and direction around the host, through any shadow roots it sits
  // in (the checklist's care card inherits the page's language as well).
  const parent = host.parentElement ?? hostOf(host);
  const pageLanguage = closestAcrossShadow(parent, '[lang]')?.getAttribute('lang') ?? '';
  // Compare languages, not resolved locales: English text on a lang="fr" page needs its
  // own lang, or a screen reader reads it with a French voice.
  const sameLanguage = primaryLanguage(pageLanguage) === primaryLanguage(locale);
  // The `dir` attribute, not computed style: reading styles on every render forces a style
  // recalculation per element (it doubled render cost in `npm run bench`).
  const pageDirection =
    closestAcrossShadow(parent, '[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl'
      ? 'rtl'
      : 'ltr';
  if (sameLanguage && pageDirection === directionOf(locale)) return undefined;
  return { lang: locale, dir: directionOf(locale) };
}

/** The shadow host of the tree `node` is in, or `null` in the document. */
const hostOf = (node: Node): Element | null =>
  (node.getRootNode() as Partial<ShadowRoot>).host ?? null;

/** `element.closest(selector)`, continuing past each shadow root to its host. */
function closestAcrossShadow(element: Element | null, selector: string): Element | null {
  for (let node = element; node; node = hostOf(node)) {
    const found = node.closest(selector);
    if (found) return found;
  }
  return null;
}

function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}
