import type { LitElement, ReactiveController } from 'lit';
import { activateMarker } from './citation-markers.js';
import { citationRegistry } from './citation-registry.js';

/**
 * Re-renders its host whenever a source list appears, disappears or changes order, so
 * the host's citation markers always show the numbers of the list on the page; and
 * handles every marker's click with one listener on the host's shadow root.
 */
export class CitationController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = citationRegistry.subscribe(() => this.host.requestUpdate());
    this.host.renderRoot.addEventListener('click', this.onClick);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.host.renderRoot.removeEventListener('click', this.onClick);
  }

  private readonly onClick = (event: Event): void => activateMarker(this.host, event);
}
