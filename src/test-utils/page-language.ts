import { followDocumentLanguage, localeReady } from '../base/localization.js';

/**
 * Sets `<html lang>` (and `dir`) as a partner's page would, and waits until the elements
 * have switched: the observer fires, the locale file loads, then they re-render.
 */
export async function setPageLanguage(lang: string, dir: 'ltr' | 'rtl' = 'ltr'): Promise<void> {
  // What the first connected element does; here the page may change before any connects.
  followDocumentLanguage();
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  await new Promise((resolve) => setTimeout(resolve));
  await localeReady();
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Puts the test page back to British English, left to right. */
export function resetPageLanguage(): Promise<void> {
  return setPageLanguage('en-GB');
}
