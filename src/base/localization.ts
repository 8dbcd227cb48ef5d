import { msg as litMsg, str } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { resolveLocale, sourceLocale, type SupportedLocale } from './locale-codes.js';

/*
 * Our own, private localization runtime.
 *
 * @lit/localize's configureLocalization() may be called once per copy of the package and
 * announces changes on `window`, so a host page that localizes with it too would collide
 * with us (or we with it). Instead this module keeps the active locale and its templates
 * to itself and never calls configureLocalization(): the host's setup stays the host's.
 * Message lookup is @lit/localize's own (`runtimeMsg`, the function its runtime mode
 * uses), and `msg` below keeps the package's type, so `lit-localize extract` still finds
 * every message.
 */

/** Loaders of the translated templates (generated from xliff/ by `npm run localize`). */
const loaders: Record<
  Exclude<SupportedLocale, typeof sourceLocale>,
  () => Promise<LocaleModule>
> = {
  // Literal specifiers so bundlers emit each locale as its own lazily loaded file.
  cy: () => import('../locales/cy.js'),
  pl: () => import('../locales/pl.js'),
  ur: () => import('../locales/ur.js'),
};

let active: SupportedLocale = sourceLocale;
let templates: LocaleModule['templates'] | undefined;
let latestRequest: Promise<void> = Promise.resolve();
let requestCount = 0;
const listeners = new Set<() => void>();

/** Looks up a message in the active locale; same signature and type as @lit/localize's. */
export const msg = ((template, options) =>
  runtimeMsg(templates, template, options)) as typeof litMsg;

export { str };

/** The locale the elements speak now: `en-GB`, `cy`, `pl` or `ur`. */
export function getLocale(): SupportedLocale {
  return active;
}

/**
 * Switches every element to `locale` (any language tag: `cy-GB` → `cy`, unknown →
 * `en-GB`), loading its text on first use. Resolves once the elements have the new text.
 * Never rejects: if a locale file cannot load, the elements stay in the current locale and
 * one warning is written.
 */
export function setLocale(locale: string): Promise<void> {
  const wanted = resolveLocale(locale);
  const request = ++requestCount;
  latestRequest = loadTemplates(wanted).then(
    (loaded) => {
      // A later request wins, whatever order the files arrive in.
      if (request !== requestCount) return;
      active = wanted;
      templates = loaded;
      listeners.forEach((listener) => listener());
    },
    (error: unknown) => {
      console.warn(`circulation-elements: could not load locale "${wanted}" (${String(error)}).`);
    },
  );
  return latestRequest;
}

/** Resolves when the most recent locale switch has finished. */
export function localeReady(): Promise<void> {
  return latestRequest;
}

async function loadTemplates(locale: SupportedLocale) {
  if (locale === sourceLocale) return undefined;
  return (await loaders[locale]()).templates;
}

/** Calls `listener` after every locale switch; returns the unsubscribe. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let followingDocument = false;

/**
 * Starts following `<html lang>`: read now and on every change. Called when the first
 * element connects (never at import, so the module stays server-safe). A call to
 * `setLocale()` wins until `<html lang>` changes again.
 */
export function followDocumentLanguage(): void {
  if (followingDocument || typeof document === 'undefined') return;
  followingDocument = true;
  const root = document.documentElement;
  const follow = () => void setLocale(root.lang);
  new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ['lang'] });
  if (resolveLocale(root.lang) !== active) follow();
}
