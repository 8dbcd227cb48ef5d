/**
 * The events our elements fire: every `circ-*` entry that an element module adds to the
 * global `HTMLElementEventMap` (`'circ-cite': CustomEvent<CiteEventDetail>`, …).
 */
export type CircEventName = Extract<keyof HTMLElementEventMap, `circ-${string}`>;

/** The `detail` type an event map entry declares: `CiteEventDetail` for `circ-cite`. */
export type CircEventDetail<K extends CircEventName> =
  HTMLElementEventMap[K] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * Fires `name` from `target` with `detail`, the one way every event of ours is made, so
 * they all behave alike for partners: they bubble and cross shadow roots (`composed`), so
 * a listener on any ancestor hears them, and are not cancelable, because none of them
 * asks permission for anything. The name and the detail are checked against the event
 * map at compile time. Returns the event that was dispatched.
 */
export function emit<K extends CircEventName>(
  target: EventTarget,
  name: K,
  detail: CircEventDetail<K>,
): CustomEvent<CircEventDetail<K>> {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true });
  target.dispatchEvent(event);
  return event;
}
