import { LitElement } from 'lit';
import { followDocumentLanguage, localeReady } from './localization.js';

// Hydration of server-rendered elements (issue 13). A page pre-rendered by
// `circulation-elements/ssr` holds each element's shadow root as Declarative Shadow DOM.
// Lit keeps those nodes (and only attaches its parts to them) when
// `@lit-labs/ssr-client`'s hydration support patched LitElement before the element
// renders, and when the element's first render produces the same templates as the server
// did: the same language, and the same citation numbering. So an element with
// pre-rendered instances on the page is defined only once the page's language has loaded
// and the source list that numbers its citations has rendered; `define()` waits for
// `hydrationReady()`.

/** True when a `tagName` element on the page already has a shadow root: pre-rendered. */
export function hasPrerendered(tagName: string): boolean {
  if (typeof document === 'undefined') return false;
  for (const element of document.getElementsByTagName(tagName)) {
    if (element.shadowRoot) return true;
  }
  return false;
}

/** True when LitElement carries the hydration support (it adds an own `observedAttributes`). */
export function hydrationSupported(): boolean {
  return Object.getOwnPropertyDescriptor(LitElement, 'observedAttributes') !== undefined;
}

let loadSupport: (() => Promise<void>) | undefined;

/**
 * How the CDN files load the hydration support on a pre-rendered page only (npm users
 * import `circulation-elements/hydrate.js` first instead).
 */
export function provideHydrationSupport(load: () => Promise<void>): void {
  loadSupport = load;
}

let supportWarned = false;
let ready: Promise<void> | undefined;

/**
 * Resolves when pre-rendered elements may be defined: the hydration support is in place
 * (or cannot be, with one warning: the elements then render afresh over the pre-rendered
 * content, which still works) and the page's language has loaded. Waits one microtask
 * first, so every `define()` of the same script has been called.
 */
export function hydrationReady(): Promise<void> {
  ready ??= (async () => {
    await Promise.resolve();
    if (!hydrationSupported() && loadSupport) await loadSupport();
    if (!hydrationSupported() && !supportWarned) {
      supportWarned = true;
      console.warn(
        "circulation-elements: this page has pre-rendered elements, but the hydration support was not loaded first (import 'circulation-elements/hydrate.js' before any element); they render again instead.",
      );
    }
    followDocumentLanguage();
    await localeReady();
  })();
  return ready;
}
