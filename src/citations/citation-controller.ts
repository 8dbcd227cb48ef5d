import type { LitElement, ReactiveController } from 'lit';
import { activateMarker } from './citation-markers.js';
import { citationRegistry } from './citation-registry.js';

// One subscription and one click handler for every host: nothing per instance but its
// place in the set (per-instance work is the render budget, issue 12).

/** The connected hosts with citation markers. */
const hosts = new Set<LitElement>();
let subscribed = false;

function rerenderHosts(): void {
  for (const host of hosts) host.requestUpdate();
}

/** A click anywhere in a host's shadow root: on one of our markers, it activates it. */
function onClick(event: Event): void {
  activateMarker((event.currentTarget as ShadowRoot).host as HTMLElement, event);
}

/**
 * Re-renders its host whenever a source list appears, disappears or changes order, so
 * the host's citation markers always show the numbers of the list on the page; and
 * handles every marker's click with one listener on the host's shadow root.
 */
export class CitationController implements ReactiveController {
  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  /**
   * Lit calls this when the host connects: it joins the shared source-list subscription
   * and handles marker clicks.
   */
  hostConnected(): void {
    if (!subscribed) {
      citationRegistry.subscribe(rerenderHosts);
      subscribed = true;
    }
    hosts.add(this.host);
    this.host.renderRoot.addEventListener('click', onClick);
  }

  /**
   * Lit calls this when the host disconnects: it leaves the subscription and removes the
   * click handler.
   */
  hostDisconnected(): void {
    hosts.delete(this.host);
    this.host.renderRoot.removeEventListener('click', onClick);
  }
}
