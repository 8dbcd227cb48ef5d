import { msg, str } from '../base/localization.js';

// The clinic's original offer, in words that UK advertising rules allow
// (shared/content/clinical-facts.md, "Rules for wording and for the price banner"):
// - the heading describes the service and promises no result (CAP Code 12.1: "become
//   varicose-vein free" needs evidence the advertiser may not hold);
// - the label says the banner is an offer, and whose (CAP 2.1: obviously identifiable);
// - the figure includes "any" VAT and all fees: medical care is often VAT-exempt, so the
//   text never asserts that VAT is charged (CAP 3.17–3.21).
// The heading and the price line have new ids rather than new English under the old
// ids: an old translation kept under an old id would still show the result claim (and
// "including VAT") in Welsh, Polish and Urdu. Under a new id, a locale that has no
// translation yet falls back to this English.
// Functions, so that `msg()` runs at render time, in the active locale.

/** The built-in text of `<circ-price-banner>`. */
export const priceBannerText = {
  heading: () =>
    msg('Varicose vein treatment at a fixed price', { id: 'price-banner.service-heading' }),
  offer: () =>
    msg(
      'Full treatment at a fixed, transparent price, whatever the treatment method. No hidden fees.',
      { id: 'price-banner.offer' },
    ),
  /** The label without a provider. */
  label: () => msg('Offer', { id: 'price-banner.label' }),
  /** `provider` is the partner's clinic name, trimmed; it is rendered as text. */
  labelFrom: (provider: string) =>
    msg(str`An offer from ${provider}`, { id: 'price-banner.label-provider' }),
  /** `amount` is already formatted for the locale, e.g. "£1,950". */
  price: (amount: string) =>
    msg(str`Fixed price, including any VAT and all fees: ${amount}`, {
      id: 'price-banner.price-all-fees',
    }),
  ctaLabel: () => msg('Learn more about our prices', { id: 'price-banner.cta-label' }),
  close: () => msg('Close the price offer', { id: 'price-banner.close' }),
};
