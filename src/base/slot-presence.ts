import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * On the server an element cannot see its light DOM (`@lit-labs/ssr` gives it only its
 * attributes), so the server renderer (`ssr/`) writes the slots it found in the page into
 * this attribute, space-separated (`#default` for the default slot), and removes it from
 * the output. Read only on the server.
 */
export const serverSlotsAttribute = 'data-circ-slots';

/**
 * Tells whether partners put content into a slot, and re-renders the host when that
 * changes. Slot fallback content is not enough on its own: the whitespace between tags
 * counts as slotted text and would hide the built-in text. Works like Shoelace's
 * HasSlotController: the slots must always be rendered so `slotchange` can fire.
 */
export class SlotPresenceController implements ReactiveController {
  private readonly host: Host;

  /**
   * What `has()` last answered, per slot asked about. A `slotchange` re-renders the host
   * only when one of these answers changed: the first assignment of slotted nodes fires
   * `slotchange` too, and without this every element with slotted content (each
   * checklist's care card) rendered twice.
   */
  private readonly answers = new Map<string | null, boolean>();

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** True when the named slot (or the default slot, for `null`) has meaningful content. */
  has(slotName: string | null): boolean {
    if (isServer) {
      const slots = (this.host.getAttribute(serverSlotsAttribute) ?? '').split(' ');
      return slots.includes(slotName ?? '#default');
    }
    const present = this.present(slotName);
    this.answers.set(slotName, present);
    return present;
  }

  private present(slotName: string | null): boolean {
    if (slotName === null) {
      return Array.from(this.host.childNodes).some(isDefaultSlotContent);
    }
    return Array.from(this.host.children).some((child) => child.getAttribute('slot') === slotName);
  }

  /** Lit calls this when the host connects: it starts listening for `slotchange`. */
  hostConnected(): void {
    this.host.shadowRoot?.addEventListener('slotchange', this.onSlotChange);
  }

  /** Lit calls this when the host disconnects: it stops listening for `slotchange`. */
  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('slotchange', this.onSlotChange);
  }

  private readonly onSlotChange = (): void => {
    for (const [slotName, present] of this.answers) {
      if (this.present(slotName) !== present) {
        this.host.requestUpdate();
        return;
      }
    }
  };
}

function isDefaultSlotContent(node: Node): boolean {
  if (node instanceof Element) return !node.hasAttribute('slot');
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').trim() !== '';
  return false;
}
