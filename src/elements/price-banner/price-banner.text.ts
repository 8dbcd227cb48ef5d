import { msg, str } from '../../base/localization.js';

// The clinic's original offer, in plain words (shared/content/clinical-facts.md, "The
// original article"). Advertising rules: the figure is labelled as a fixed price that
// includes VAT, because the partner's `price` must include VAT and every compulsory fee.
// Functions, so that `msg()` runs at render time, in the active locale.

/** The built-in text of `<circ-price-banner>`. */
export const priceBannerText = {
  heading: () => msg('Become varicose-vein free', { id: 'price-banner.heading' }),
  offer: () =>
    msg(
      'Full treatment at a fixed, transparent price, whatever the treatment method. No hidden fees.',
      { id: 'price-banner.offer' },
    ),
  /** `amount` is already formatted for the locale, e.g. "£1,950". */
  price: (amount: string) =>
    msg(str`Fixed price, including VAT: ${amount}`, { id: 'price-banner.price' }),
  ctaLabel: () => msg('Learn more about our prices', { id: 'price-banner.cta-label' }),
  close: () => msg('Close the price offer', { id: 'price-banner.close' }),
};
