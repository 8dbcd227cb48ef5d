import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The registration entry, as partners import it: defines <circ-price-banner>.
import '../src/price-banner.ts';

/** The attributes the stories set; their controls come from custom-elements.json. */
interface PriceBannerArgs {
  /** A string too, so that a story can show what happens with a bad value. */
  price?: number | string;
  currency: string;
  href?: string;
  'cta-label'?: string;
  /** Who makes the offer (the clinic's name): the label reads "An offer from {provider}". */
  provider?: string;
  'heading-level': number;
  dismissible: boolean;
}

const renderBanner = (
  args: PriceBannerArgs,
  content: TemplateResult | typeof nothing = nothing,
) => html`
  <circ-price-banner
    price=${ifDefined(args.price === undefined ? undefined : String(args.price))}
    currency=${args.currency}
    href=${ifDefined(args.href)}
    cta-label=${ifDefined(args['cta-label'])}
    provider=${ifDefined(args.provider)}
    heading-level=${args['heading-level']}
    ?dismissible=${args.dismissible}
    >${content}</circ-price-banner
  >
`;

/** Example partner content: what the price covers, as advertising rules require. */
const includesList = html`
  <p slot="includes">The price includes:</p>
  <ul slot="includes">
    <li>your consultation and scan</li>
    <li>treatment of the veins in one leg, whatever the method</li>
    <li>a follow-up appointment</li>
  </ul>
`;

const meta = {
  title: 'Elements/Price banner',
  component: 'circ-price-banner',
  tags: ['autodocs'],
  args: {
    price: undefined,
    currency: 'GBP',
    href: 'https://example.com/prices',
    'cta-label': undefined,
    provider: undefined,
    'heading-level': 2,
    dismissible: false,
  },
  render: (args) => renderBanner(args),
} satisfies Meta<PriceBannerArgs>;

export default meta;
type Story = StoryObj<PriceBannerArgs>;

/**
 * The built-in offer and the link to the prices page; no figure until `price` is set.
 * Without a `provider`, the label at the top reads "Offer".
 */
export const Default: Story = {};

/**
 * A fixed price (any VAT and every compulsory fee included) and what it covers, in the
 * `includes` slot. No `provider`: the label reads "Offer".
 */
export const WithPriceAndIncludes: Story = {
  args: { price: 1950 },
  render: (args) => renderBanner(args, includesList),
};

/**
 * `provider="Example Clinic"`: the label at the top says whose offer this is, "An offer
 * from Example Clinic", so readers can tell it from the health information (CAP Code 2.1).
 */
export const WithProvider: Story = {
  args: { price: 1950, provider: 'Example Clinic' },
  render: (args) => renderBanner(args, includesList),
};

/**
 * No `provider`, with a price and what it covers: the label reads "Offer" and names no
 * one. Set `provider` whenever you know who makes the offer.
 */
export const WithoutProvider: Story = {
  args: { price: 1950, provider: undefined },
  render: (args) => renderBanner(args, includesList),
};

/**
 * A price with nothing in the `includes` slot: the banner still shows, and the console
 * has one warning, `circ-price-banner: a price is shown but the includes slot is empty;
 * say what the price covers.` Advertising rules want a fixed price to say what it covers.
 */
export const PriceWithoutIncludes: Story = {
  args: { price: 1950, provider: 'Example Clinic' },
};

/**
 * A close button. Closing hides the banner for this page view only (nothing is stored)
 * and moves focus to the next thing on the page: here, the link below it.
 */
export const Dismissible: Story = {
  args: { price: 1950, dismissible: true },
  render: (args) => html`
    ${renderBanner(args, includesList)}
    <p><a href="https://example.com/">The next link on the page</a></p>
  `,
};

/** In a 320px-wide container, such as a narrow sidebar or a phone: the banner wraps, nothing overflows. */
export const Narrow: Story = {
  args: { price: 1950.5, dismissible: true },
  render: (args) => renderBanner(args, includesList),
  decorators: [(story) => html`<div style=${styleMap({ inlineSize: '320px' })}>${story()}</div>`],
};

/**
 * `price="abc"` is not a number: the figure is left out, the rest of the offer still
 * shows, and the console has one warning starting with `circ-price-banner:`.
 */
export const InvalidPrice: Story = {
  args: { price: 'abc' },
};
