import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { CircElement } from '../../base/circ-element.js';
import { headingTag } from '../../base/heading-level.js';
import { activeLocale } from '../../base/locale.js';
import { safeHref } from '../../base/safe-url.js';
import { SlotPresenceController } from '../../base/slot-presence.js';
import { focusNearestOutside } from './focus-nearest.js';
import {
  checkPrice,
  formatPrice,
  parsePrice,
  resolveCurrency,
  type PriceProblem,
} from './format-price.js';
import { priceBannerStyles } from './price-banner.styles.js';
import { priceBannerText as text } from './price-banner.text.js';

/** The `detail` of `circ-cta-click`. */
export interface PriceBannerCtaClickDetail {
  /** The link the call to action follows: the `href` attribute, trimmed. */
  readonly href: string;
}

const defaultCurrency = 'GBP';

const priceProblems: Record<PriceProblem, string> = {
  'not-a-number': 'is not a number',
  'not-finite': 'is not a finite number',
  negative: 'is negative',
  zero: 'is zero',
};

/**
 * A partner clinic's fixed-price offer, shown beside the health content: a heading, the
 * offer in plain words, the price labelled as a fixed price including VAT, what the price
 * covers, and a call to action to the clinic's prices page.
 *
 * Advertising rules (ASA/CAP 3.17–3.21): `price` must include VAT and every compulsory
 * fee, and the `includes` slot should say what it covers.
 *
 * Bad input never hides the offer itself, and warns once: an absent `price` shows no
 * figure; an empty, non-numeric, negative, zero or non-finite one shows no figure and
 * warns; an unknown `currency` falls back to GBP; an unsafe `href` (or none) leaves the
 * call to action out.
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
 * @summary A fixed-price offer with the price including VAT, what it covers and a link to the prices page.
 *
 * @slot heading - Replaces the built-in heading text (it goes inside the element's own heading, so keep it phrasing content).
 * @slot - Replaces the built-in offer text.
 * @slot includes - What the price covers, shown after the price, e.g. a `<ul>` of what is included.
 *
 * @csspart base - The banner.
 * @csspart heading - The heading element (`h2`…`h6`).
 * @csspart text - The built-in offer text (absent when the default slot replaces it).
 * @csspart price - The price line: "Fixed price, including VAT: £1,950" (only with a valid price).
 * @csspart includes - The wrapper around the `includes` slot (hidden when nothing is slotted).
 * @csspart cta - The call-to-action link (only with a safe `href`).
 * @csspart close - The close button (only when `dismissible`).
 *
 * @fires {CustomEvent<PriceBannerCtaClickDetail>} circ-cta-click - The call to action was activated; `detail.href` is its link. Not cancelable: the navigation still happens.
 * @fires {CustomEvent<null>} circ-dismiss - The reader closed the banner; it is already hidden when this fires.
 */
export class CircPriceBanner extends CircElement {
  static override styles = [...CircElement.styles, priceBannerStyles];

  /**
   * The fixed price in major units (`1950` is £1,950), including VAT and every compulsory
   * fee. Absent: no figure. Not a positive, finite, plain decimal number: no figure and one
   * warning. A numeric string set as the property (as some frameworks do) is read as well.
   */
  @property({ converter: { fromAttribute: priceFromAttribute } })
  price?: number;

  /**
   * ISO 4217 code of the price's currency, read case-insensitively (`eur` is EUR).
   * An unknown code falls back to GBP with one warning.
   */
  @property()
  currency: string = 'GBP'; // a literal, so custom-elements.json shows the default

  /**
   * The clinic's prices page, where the call to action leads. Only http(s), mailto, tel and
   * relative URLs; anything else leaves the call to action out, with one warning.
   */
  @property()
  href?: string;

  /** Text of the call to action; by default "Learn more about our prices" in the page's language. */
  @property({ attribute: 'cta-label' })
  ctaLabel?: string;

  /** Shows a close button. Dismissal hides the banner for this page view only: it is never stored. */
  @property({ type: Boolean, reflect: true })
  dismissible = false;

  private readonly slots = new SlotPresenceController(this);

  protected override render() {
    const tag = headingTag(this.renderedHeadingLevel);
    const currency = this.renderedCurrency;
    const amount = this.renderedAmount;
    const href = this.renderedHref;
    return html`
      <div part="base" class="banner">
        <div class="top">
          ${staticHtml`<${tag} part="heading" class="heading"
            ><slot name="heading">${text.heading()}</slot></${tag}>`}
          ${this.dismissible ? this.renderCloseButton() : nothing}
        </div>
        ${this.slots.has(null) ? nothing : html`<p part="text" class="text">${text.offer()}</p>`}
        <slot></slot>
        ${
          amount === undefined
            ? nothing
            : html`<p part="price" class="price">
                ${text.price(formatPrice(amount, currency, activeLocale()))}
              </p>`
        }
        <div part="includes" class="includes" ?hidden=${!this.slots.has('includes')}>
          <slot name="includes"></slot>
        </div>
        ${
          href === undefined
            ? nothing
            : html`<p class="action">
                <a part="cta" class="cta" href=${href} @click=${this.onCtaClick}
                  >${this.renderedCtaLabel}</a
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

  /** The amount to show, or `undefined` (with one warning when the price is bad). */
  private get renderedAmount(): number | undefined {
    const check = checkPrice(this.price);
    if (check.status === 'valid') return check.amount;
    if (check.status === 'invalid') {
      const given = this.priceAsGiven;
      this.warnOnce(
        `price:${given}`,
        `price "${given}" ${priceProblems[check.problem]}; the price is hidden.`,
      );
    }
    return undefined;
  }

  /** The price as the partner wrote it: the attribute when the property came from it. */
  private get priceAsGiven(): string {
    const attribute = this.getAttribute('price');
    return attribute !== null && Object.is(priceFromAttribute(attribute), this.price)
      ? attribute
      : String(this.price);
  }

  private get renderedCurrency(): string {
    const given = this.currency as string | null | undefined; // `null` once the attribute is removed
    if (given === null || given === undefined) return defaultCurrency;
    const code = resolveCurrency(String(given));
    if (code !== undefined) return code;
    this.warnOnce(
      `currency:${given}`,
      `currency "${given}" is not a known ISO 4217 currency code; using ${defaultCurrency}.`,
    );
    return defaultCurrency;
  }

  private get renderedHref(): string | undefined {
    const given = this.href as string | null | undefined;
    if (given === null || given === undefined) return undefined;
    const href = safeHref(given);
    if (href === undefined) {
      this.warnOnce(
        `href:${given}`,
        `href "${given}" is not an http(s), mailto, tel or relative URL; the call to action is left out.`,
      );
    }
    return href;
  }

  private get renderedCtaLabel(): string {
    const given = this.ctaLabel as string | null | undefined;
    if (given === null || given === undefined) return text.ctaLabel();
    if (given.trim() !== '') return given;
    this.warnOnce('cta-label:empty', 'cta-label is empty; using the built-in label.');
    return text.ctaLabel();
  }

  private onCtaClick(event: MouseEvent): void {
    const href = (event.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '';
    this.dispatchEvent(
      new CustomEvent<PriceBannerCtaClickDetail>('circ-cta-click', {
        bubbles: true,
        composed: true,
        detail: { href },
      }),
    );
  }

  private onClose(): void {
    const moveFocus = this.focusIsInsideOrLost();
    this.hidden = true;
    if (moveFocus) focusNearestOutside(this);
    this.dispatchEvent(
      new CustomEvent<null>('circ-dismiss', { bubbles: true, composed: true, detail: null }),
    );
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

function priceFromAttribute(value: string | null): number | undefined {
  return value === null ? undefined : parsePrice(value);
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
