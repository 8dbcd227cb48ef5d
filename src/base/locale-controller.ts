import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageAttributesFor } from './locale.js';
import { followDocumentLanguage, onLocaleChange } from './localization.js';

/**
 * Every `CircElement` has one. It re-renders the host when the locale changes, starts
 * following `<html lang>` when the first element connects, and before each render gives
 * the host its own `lang` and `dir` while they differ from the page's (after `setLocale()`
 * to another language), so screen readers and layout get the content right. It removes
 * only attributes it set itself.
 */
export class LocaleController implements ReactiveController {
  private unsubscribe?: () => void;
  private setLanguage = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onLocaleChange(() => this.host.requestUpdate());
    followDocumentLanguage();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

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
