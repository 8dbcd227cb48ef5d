import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CircElement } from '../../base/circ-element.js';
import type { HeadingLevel } from '../../base/heading-level.js';
import { getLocale } from '../../base/localization.js';
import { numberHasChanged } from '../../base/number-has-changed.js';
import { wholeNumberAttribute } from '../../base/whole-number.js';
import { SlotPresenceController } from '../../base/slot-presence.js';
import { careCardStyles } from './care-card.styles.js';
import { careCardUrgencies, type CareCardUrgency } from '../../content/care-card-text.js';
import { careCardMarkup } from './care-card-markup.js';

/**
 * The card's one template (no bindings) per language, urgency, heading level and whether
 * it shows the Northern Ireland note: at most 4 × 3 × 5 × 2, built once and shared by
 * every card like it. Per-instance work is the render budget (issue 12): each checklist shows a card.
 */
const templates = new Map<string, TemplateStringsArray>();

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
 * @slot - The body: when and why to act. The emergency body is dark (light in the dark scheme): a link slotted directly takes its text colour; colour links nested deeper yourself, e.g. `circ-care-card[urgency='emergency'] a { color: inherit }`.
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
    headingLevel: {
      attribute: 'heading-level',
      type: Number,
      converter: wholeNumberAttribute,
      hasChanged: numberHasChanged,
    },
  };

  static override defaultHeadingLevel: HeadingLevel = 3;

  static override styles = [...CircElement.styles, careCardStyles];

  /** How urgent the advice is: `non-urgent`, `urgent` or `emergency`. Reflects. */
  urgency: CareCardUrgency = 'non-urgent';

  /**
   * Level of the card's heading, 2–6 (default 3: cards usually sit inside a section), in
   * digits; the property also takes a string of digits. Any other value falls back to 3
   * with one warning.
   */
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
    const level = this.renderedHeadingLevel;
    // Only the built-in urgent heading brings the Northern Ireland note.
    const note = urgency === 'urgent' && !this.slots.has('heading');
    const key = `${getLocale()} ${urgency} ${level} ${note}`;
    let strings = templates.get(key);
    if (!strings) templates.set(key, (strings = careCardMarkup(urgency, level, note)));
    return html(strings);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'circ-care-card': CircCareCard;
  }
}
