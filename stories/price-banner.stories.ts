import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The registration entry, as partners import it: defines <circ-price-banner>.
import '../src/price-banner.ts';
import { storyOf } from '../src/fixtures/example.js';
import {
  priceBannerFixtures,
  type PriceBannerArgs,
} from '../src/fixtures/price-banner.fixtures.js';

// The states come from the shared examples, which the tests render too.
const story = (name: keyof typeof priceBannerFixtures.examples): Story =>
  storyOf(priceBannerFixtures, name);

const meta = {
  title: 'Elements/Price banner',
  component: 'circ-price-banner',
  tags: ['autodocs'],
  args: priceBannerFixtures.defaults,
  render: (args) => priceBannerFixtures.render(args),
} satisfies Meta<PriceBannerArgs>;

export default meta;
type Story = StoryObj<PriceBannerArgs>;

/**
 * The built-in offer and the link to the prices page; no figure until `price` is set.
 * Without a `provider`, the label at the top reads "Offer".
 */
export const Default: Story = story('default');

/**
 * A fixed price (any VAT and every compulsory fee included) and what it covers, in the
 * `includes` slot. No `provider`: the label reads "Offer".
 */
export const WithPriceAndIncludes: Story = story('withPriceAndIncludes');

/**
 * `provider="Example Clinic"`: the label at the top says whose offer this is, "An offer
 * from Example Clinic", so readers can tell it from the health information (CAP Code 2.1).
 */
export const WithProvider: Story = story('withProvider');

/**
 * No `provider`, with a price and what it covers: the label reads "Offer" and names no
 * one. Set `provider` whenever you know who makes the offer.
 */
export const WithoutProvider: Story = story('withoutProvider');

/**
 * A price with nothing in the `includes` slot: the banner still shows, and the console
 * has one warning, `circ-price-banner: a price is shown but the includes slot is empty;
 * say what the price covers.` Advertising rules want a fixed price to say what it covers.
 */
export const PriceWithoutIncludes: Story = story('priceWithoutIncludes');

/**
 * A close button. Closing hides the banner for this page view only (nothing is stored)
 * and moves focus to the next thing on the page: here, the link below it.
 */
export const Dismissible: Story = story('dismissible');

/** In a 320px-wide container, such as a narrow sidebar or a phone: the banner wraps, nothing overflows. */
export const Narrow: Story = story('narrow');

/**
 * `price="abc"` is not a number: the figure is left out, the rest of the offer still
 * shows, and the console has one warning starting with `circ-price-banner:`.
 */
export const InvalidPrice: Story = story('invalidPrice');

/** `currency="EUR"`: the price in euros, formatted for the page's language. */
export const OtherCurrency: Story = story('otherCurrency');

/**
 * `currency="ZZZ"` is not a currency: the price is shown in pounds, and the console has
 * one warning starting with `circ-price-banner:`.
 */
export const UnknownCurrency: Story = story('unknownCurrency');

/**
 * `href="javascript:alert(1)"` is not a safe link: the call to action is left out, and
 * the console has one warning starting with `circ-price-banner:`. Only `http:`, `https:`,
 * `mailto:`, `tel:` and relative links become links.
 */
export const UnsafeLink: Story = story('unsafeHref');
