/**
 * What the `<circ-price-banner>` tests share: the words a reader gets and ways to find
 * the banner's parts. Each `price-banner.*.test.ts` file tests one behaviour with these.
 */
import { html, oneEvent } from '@open-wc/testing';
import type { CircPriceBanner } from '../elements/price-banner/price-banner.element.js';
import { accessibleText } from './composed-tree.js';

// What a reader gets, in the source locale (en-GB).
export const label = 'Offer';
export const heading = 'Varicose vein treatment at a fixed price';
export const offer =
  'Full treatment at a fixed, transparent price, whatever the treatment method. No hidden fees.';
export const ctaLabel = 'Learn more about our prices';
export const closeLabel = 'Close the price offer';
export const pricePrefix = 'Fixed price, including any VAT and all fees:';

/** What the price covers, as advertising rules want a banner with a price to say. */
export const covers = html`<p slot="includes">Consultation, treatment and aftercare.</p>`;
export const coversText = 'Consultation, treatment and aftercare.';

/** Slots an "includes" paragraph in after the first render, as a partner's script might. */
export async function addIncludes(el: CircPriceBanner): Promise<HTMLParagraphElement> {
  const paragraph = document.createElement('p');
  paragraph.slot = 'includes';
  paragraph.textContent = 'The price includes aftercare.';
  const changed = oneEvent(el.shadowRoot!, 'slotchange');
  el.append(paragraph);
  await changed;
  await el.updateComplete;
  return paragraph;
}

export const partOf = (el: CircPriceBanner, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const linksIn = (el: CircPriceBanner) => Array.from(el.shadowRoot!.querySelectorAll('a'));
export const buttonsIn = (el: CircPriceBanner) =>
  Array.from(el.shadowRoot!.querySelectorAll('button'));
export const priceText = (el: CircPriceBanner) => {
  const price = partOf(el, 'price');
  return price ? accessibleText(price) : undefined;
};

/** A banner inside a wrapper (for focus tests), once it has rendered. */
export async function bannerIn(wrapper: HTMLElement): Promise<CircPriceBanner> {
  const el = wrapper.querySelector('circ-price-banner')!;
  await el.updateComplete;
  return el;
}

/**
 * A short name for what is focused or targeted. Compare these, never the nodes: when an
 * assertion on two DOM nodes fails, wtr hangs serialising them instead of reporting.
 */
export function nameOf(node: EventTarget | null | undefined): string {
  if (!(node instanceof Element)) return String(node);
  const id = node.id ? `#${node.id}` : '';
  return `<${node.localName}${id}> "${accessibleText(node)}"`;
}
