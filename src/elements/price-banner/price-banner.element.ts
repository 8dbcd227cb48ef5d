import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { numberHasChanged } from '../../base/number-has-changed.js';
import { CircElement } from '../../base/circ-element.js';
import { activeLocale } from '../../base/locale.js';
import { SlotPresenceController } from '../../base/slot-presence.js';
import { focusNearestOutside } from './focus-nearest.js';
import { formatPrice } from './format-price.js';
import {
  checkedAmount,
  checkedCtaLabel,
  checkedCurrency,
  checkedHref,
  checkedProvider,
  defaultCurrency,
  priceFromAttribute,
} from './price-banner-inputs.js';
import { priceBannerStyles } from './price-banner.styles.js';
import { priceBannerText as text } from '../../content/price-banner-text.js';

/** The `detail` of `circ-cta-click`. */
export interface PriceBannerCtaClickDetail {
  /** The link the call to action follows: the `href` attribute, trimmed. */
  readonly href: string;
}

/**
 * A partner clinic's fixed-price offer, shown beside the health content: a label that
 * says it is an offer and whose, a heading, the offer in plain words, the price labelled
 * as a fixed price including any VAT and all fees, what the price covers, and a call to
 * action to the clinic's prices page.
 *
 * UK advertising rules (CAP Code) shape the built-in text and what partners should add:
 * - 12.1: the default text describes the service ("Varicose vein treatment at a fixed
 *   price") and promises no result. A partner who holds evidence for a result claim may
 *   put it in the `heading` slot; the claim is then theirs to back.
 * - 2.1: an advertisement must be obviously identifiable as one, so a visible label at the
 *   top reads "An offer from {provider}", or "Offer" without a `provider`.
 * - 3.17–3.21: `price` must include VAT (where it applies: medical care is often exempt,
 *   so the label says "any VAT") and every compulsory fee, and the `includes` slot must say
 *   what it covers. A price shown with nothing in `includes` warns once.
 *
 * Bad input never hides the offer itself, and warns once, when it is set: an absent
 * `price` shows no figure; an empty, non-numeric, negative, zero or non-finite one shows
 * no figure and warns; an unknown `currency` falls back to GBP; an unsafe `href` (or none)
 * leaves the call to action out; a blank `provider` or `cta-label` falls back to the
 * built-in text. Warnings start with the tag name, e.g.
 * `circ-price-banner: a price is shown but the includes slot is empty; say what the price covers.`
 *
 * The banner is not a landmark: it sits inside the host page's own structure (often in
 * `<main>`, beside an article), where a built-in `complementary` or `region` landmark
 * would be misplaced or repeated. Its heading makes it easy to find; wrap it in your own
 * `<aside aria-label="…">` when it stands outside the main content.
 *
 * When dismissed, the banner sets its own `hidden` attribute (remove it to show the
 * banner again) and, if focus was inside it or nowhere, moves focus to the next focusable
 * element after it on the page, else the nearest one before it. Nothing is stored.
 *
 * @summary A clinic's fixed-price offer, labelled as an offer and whose, with the price including any VAT and all fees, what it covers and a link to the prices page.
 *
 * @slot heading - Replaces the built-in heading text (it goes inside the element's own heading, so keep it phrasing content). A result claim ("become varicose-vein free") belongs here only if you can back it with evidence (CAP Code 12.1).
 * @slot - Replaces the built-in offer text.
 * @slot includes - What the price covers, shown after the price, e.g. a `<ul>` of what is included. Required by advertising rules whenever a price is shown: without it the banner warns once.
 *
 * @csspart base - The banner.
 * @csspart label - The label at the top that marks the banner as an offer: "An offer from {provider}", or "Offer".
 * @csspart heading - The heading element (`h2`…`h6`).
 * @csspart text - The built-in offer text (absent when the default slot replaces it).
 * @csspart price - The price line: "Fixed price, including any VAT and all fees: £1,950" (only with a valid price).
 * @csspart includes - The wrapper around the `includes` slot (hidden when nothing is slotted).
 * @csspart cta - The call-to-action link (only with a safe `href`).
 * @csspart close - The close button (only when `dismissible`).
 *
 * @fires {CustomEvent<PriceBannerCtaClickDetail>} circ-cta-click - The call to action was activated; `detail.href` is its link. Not cancelable: the navigation still happens.
 * @fires {CustomEvent<null>} circ-dismiss - The reader closed the banner; it is already hidden when this fires.
 */
export class CircPriceBanner extends CircElement {
  // Lit's reactive properties (the fields below, with their JSDoc), declared here
  // rather than with decorators, whose helpers every bundle would carry.
  static override properties: PropertyDeclarations = {
    price: { converter: { fromAttribute: priceFromAttribute }, hasChanged: numberHasChanged },
    currency: {},
    href: {},
    ctaLabel: { attribute: 'cta-label' },
    provider: {},
    dismissible: { type: Boolean, reflect: true },
  };

  static override styles = [...CircElement.styles, priceBannerStyles];

  /**
   * The fixed price in major units (`1950` is £1,950), including any VAT and every
   * compulsory fee. Absent: no figure. Not a positive, finite, plain decimal number: no
   * figure and one warning. A numeric string set as the property (as some frameworks do)
   * is read as well. With a price shown, say what it covers in the `includes` slot.
   */
  price?: number;

  /**
   * ISO 4217 code of the price's currency, read case-insensitively (`eur` is EUR).
   * An unknown code falls back to GBP with one warning.
   */
  currency: string = 'GBP'; // a literal, so custom-elements.json shows the default

  /**
   * The clinic's prices page, where the call to action leads. Only http(s), mailto, tel and
   * relative URLs; anything else leaves the call to action out, with one warning.
   */
  href?: string;

  /** Text of the call to action; by default "Learn more about our prices" in the page's language. */
  ctaLabel?: string;

  /**
   * Who makes the offer: the clinic's name, shown as "An offer from {provider}" in the
   * label at the top (as text, never as HTML). Absent: the label reads "Offer". Blank:
   * "Offer", with one warning.
   */
  provider?: string;

  /** Shows a close button. Dismissal hides the banner for this page view only: it is never stored. */
  dismissible = false;

  private readonly slots = new SlotPresenceController(this);

  // What render() shows, checked in willUpdate() when the inputs change (warnings are
  // raised there, once), so that render() is a pure function of these fields.
  private shownAmount: number | undefined;
  private shownCurrency = defaultCurrency;
  private shownHref: string | undefined;
  /** The partner's call-to-action text, or `undefined` for the built-in label. */
  private customCtaLabel: string | undefined;
  /** The trimmed provider name, or `undefined` for the bare "Offer" label. */
  private shownProvider: string | undefined;
  private hasOwnOffer = false;
  private hasIncludes = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const first = !this.hasUpdated;
    const warn = this.warnOnce.bind(this);
    if (first || changed.has('price')) {
      this.shownAmount = checkedAmount(this.price, this.getAttribute('price'), warn);
    }
    if (first || changed.has('currency')) this.shownCurrency = checkedCurrency(this.currency, warn);
    if (first || changed.has('href')) this.shownHref = checkedHref(this.href, warn);
    if (first || changed.has('href') || changed.has('ctaLabel')) {
      this.customCtaLabel = checkedCtaLabel(this.ctaLabel, this.shownHref !== undefined, warn);
    }
    if (first || changed.has('provider')) this.shownProvider = checkedProvider(this.provider, warn);
    // Slotted content changes without a property change: the slot controller requests an
    // update on `slotchange`, so this runs again then.
    this.hasOwnOffer = this.slots.has(null);
    this.hasIncludes = this.slots.has('includes');
  }

  protected override updated(): void {
    // In updated(), which only runs in the browser: a server renderer sees no slotted
    // content, and would warn about every banner.
    if (this.shownAmount !== undefined && !this.hasIncludes) {
      this.warnOnce(
        'includes:empty',
        'a price is shown but the includes slot is empty; say what the price covers.',
      );
    }
  }

  protected override render() {
    const amount = this.shownAmount;
    const href = this.shownHref;
    const provider = this.shownProvider;
    return html`
      <div part="base" class="banner">
        <div class="top">
          <div class="titles">
            <p part="label" class="label">
              ${provider === undefined ? text.label() : text.labelFrom(provider)}
            </p>
            ${this.renderHeading(html`<slot name="heading">${text.heading()}</slot>`)}
          </div>
          ${this.dismissible ? this.renderCloseButton() : nothing}
        </div>
        ${this.hasOwnOffer ? nothing : html`<p part="text" class="text">${text.offer()}</p>`}
        <slot></slot>
        ${
          amount === undefined
            ? nothing
            : html`<p part="price" class="price">
                ${text.price(formatPrice(amount, this.shownCurrency, activeLocale()))}
              </p>`
        }
        <div part="includes" class="includes" ?hidden=${!this.hasIncludes}>
          <slot name="includes"></slot>
        </div>
        ${
          href === undefined
            ? nothing
            : html`<p class="action">
                <a part="cta" class="cta" href=${href} @click=${this.onCtaClick}
                  >${this.customCtaLabel ?? text.ctaLabel()}</a
                >
              </p>`
        }
      </div>
    `;
  }

  private renderCloseButton() {
    return html`
      <button type="button" part="close" class="close" @click=${this.onClose}>
        <svg class="close-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 6 18 18M18 6 6 18"></path>
        </svg>
        <span class="visually-hidden">${text.close()}</span>
      </button>
    `;
  }

  private onCtaClick(event: MouseEvent): void {
    const href = (event.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '';
    this.emit('circ-cta-click', { href });
  }

  private onClose(): void {
    const moveFocus = this.focusIsInsideOrLost();
    this.hidden = true;
    if (moveFocus) focusNearestOutside(this);
    this.emit('circ-dismiss', null);
  }

  /**
   * True when focus is in the banner (so hiding would drop it on `<body>`) or already on
   * `<body>` (Safari does not focus a clicked button). Focus elsewhere is left alone.
   */
  private focusIsInsideOrLost(): boolean {
    const documentFocus = this.ownerDocument.activeElement;
    if (documentFocus === null || documentFocus === this.ownerDocument.body) return true;
    // In our own tree scope, focus inside our shadow root shows as the host itself.
    const scopeFocus = (this.getRootNode() as Document | ShadowRoot).activeElement;
    return scopeFocus !== null && (scopeFocus === this || this.contains(scopeFocus));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'circ-price-banner': CircPriceBanner;
  }
  interface HTMLElementEventMap {
    'circ-cta-click': CustomEvent<PriceBannerCtaClickDetail>;
    'circ-dismiss': CustomEvent<null>;
  }
}
