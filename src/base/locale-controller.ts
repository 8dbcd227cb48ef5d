import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageAttributesFor } from './locale.js';
import { followDocumentLanguage, onLocaleChange } from './localization.js';

// One subscription for every connected element, not one per instance (per-instance work
// is the render budget, issue 12).
const hosts = new Set<ReactiveControllerHost>();
let subscribed = false;

function rerenderHosts(): void {
  for (const host of hosts) host.requestUpdate();
}

/**
 * Every `CircElement` has one. It re-renders the host when the locale changes, starts
 * following `<html lang>` when the first element connects, and before each render gives
 * the host its own `lang` and `dir` while they differ from the page's (after `setLocale()`
 * to another language), so screen readers and layout get the content right. It removes
 * only attributes it set itself.
 */
export class LocaleController implements ReactiveController {
  private setLanguage = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * Lit calls this when the host connects: it joins the shared locale subscription and
   * starts following `<html lang>`.
   */
  hostConnected(): void {
    if (!subscribed) {
      onLocaleChange(rerenderHosts);
      subscribed = true;
    }
    hosts.add(this.host);
    followDocumentLanguage();
  }

  /** Lit calls this when the host disconnects: it stops re-rendering the host on locale changes. */
  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** Lit calls this before each render: it sets or removes the host's own `lang` and `dir`. */
  hostUpdate(): void {
    const wanted = languageAttributesFor(this.host);
    if (wanted) {
      this.host.setAttribute('lang', wanted.lang);
      this.host.setAttribute('dir', wanted.dir);
      this.setLanguage = true;
    } else if (this.setLanguage) {
      this.host.removeAttribute('lang');
      this.host.removeAttribute('dir');
      this.setLanguage = false;
    }
  }
}
