import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CircElement } from '../../base/circ-element.js';
import type { HeadingLevel } from '../../base/heading-level.js';
import { numberHasChanged } from '../../base/number-has-changed.js';
import { SlotPresenceController } from '../../base/slot-presence.js';
import { northernIrelandHelp } from '../../content/get-help.js';
import { careCardStyles } from './care-card.styles.js';
import {
  careCardText,
  careCardUrgencies,
  type CareCardUrgency,
} from '../../content/care-card-text.js';

/**
 * An NHS-style care card that tells people where to get care: a heading that is the one
 * call to action, then the reasons (at most 5 bullets is the NHS advice).
 *
 * A visually hidden prefix inside the heading announces the urgency ("Urgent advice: "),
 * so urgency is never shown by colour alone; in print the prefix is shown and the card
 * keeps a border whose weight grows with the urgency. Built-in headings: "See a GP",
 * "Ask for an urgent GP appointment or call 111 today", "Call 999 or go to A&E now".
 * Under the built-in urgent heading the card also says where urgent advice comes from in
 * Northern Ireland, which has no 111 service (the GP surgery, or GP Out-of-Hours), so
 * "call 111" stays true for every reader; a slotted heading replaces that note too. An
 * unknown `urgency` falls back to `non-urgent` with one warning.
 *
 * @summary NHS-style care card: non-urgent, urgent or emergency advice with one call to action.
 *
 * @slot heading - Replaces the built-in call to action (phrasing content: it sits inside the heading, after the hidden prefix).
 * @slot - The body: when and why to act.
 *
 * @csspart base - The card.
 * @csspart heading - The heading element (`h2`…`h6`), including the hidden urgency prefix.
 * @csspart content - The body around the default slot.
 * @csspart note - The Northern Ireland route under the built-in urgent heading.
 */
export class CircCareCard extends CircElement {
  // Lit's reactive properties (the fields below, with their JSDoc), declared here
  // rather than with decorators, whose helpers every bundle would carry. `headingLevel`
  // repeats CircElement's declaration so that custom-elements.json gives the card's own
  // default and description for the attribute.
  static override properties: PropertyDeclarations = {
    urgency: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, hasChanged: numberHasChanged },
  };

  static override defaultHeadingLevel: HeadingLevel = 3;

  static override styles = [...CircElement.styles, careCardStyles];

  /** How urgent the advice is: `non-urgent`, `urgent` or `emergency`. Reflects. */
  urgency: CareCardUrgency = 'non-urgent';

  /** Level of the card's heading, 2–6 (default 3: cards usually sit inside a section). */
  override headingLevel: HeadingLevel = 3;

  private readonly slots = new SlotPresenceController(this);

  /** The checked `urgency` that `render()` shows. */
  private renderedUrgency: CareCardUrgency = 'non-urgent';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('urgency')) this.renderedUrgency = this.checkedUrgency();
  }

  private checkedUrgency(): CareCardUrgency {
    if ((careCardUrgencies as readonly unknown[]).includes(this.urgency)) return this.urgency;
    this.warnOnce(
      `urgency:${String(this.urgency)}`,
      `urgency "${String(this.urgency)}" is not known; using non-urgent.`,
    );
    return 'non-urgent';
  }

  protected override render() {
    const urgency = this.renderedUrgency;
    const text = careCardText[urgency];
    return html`
      <div part="base" class="card ${urgency}">
        ${this.renderHeading(
          html`<span class="visually-hidden prefix">${text.prefix()} </span
            ><slot name="heading">${text.heading()}</slot>`,
        )}
        <div part="content" class="content"><slot></slot></div>
        ${
          urgency === 'urgent' && !this.slots.has('heading')
            ? html`<p part="note" class="note">${northernIrelandHelp.text()}</p>`
            : nothing
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'circ-care-card': CircCareCard;
  }
}
