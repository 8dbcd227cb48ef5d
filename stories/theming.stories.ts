import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// Everything, as partners import it from the main entry.
import '../src/index.ts';
import partnerBrandCss from '../.storybook/themes/partner-brand.css?raw';
import { careCardFixtures } from '../src/fixtures/care-card.fixtures.js';
import { renderExample } from '../src/fixtures/example.js';
import { explainerFixtures } from '../src/fixtures/explainer.fixtures.js';
import { priceBannerFixtures } from '../src/fixtures/price-banner.fixtures.js';
import { checklistFixtures } from '../src/fixtures/symptom-checklist.fixtures.js';
import { walkingPlanFixtures } from '../src/fixtures/walking-plan.fixtures.js';
import nhsThemeCss from '../src/themes/nhs.css?raw';
import { colourTokens, themeProperties } from './support/theme-properties.js';

/** A sample of what the tokens reach: links, accents, the three care cards, a form, an offer, a timer and a plan. */
const sample = () => html`
  ${renderExample(explainerFixtures, 'treatment')} ${renderExample(careCardFixtures, 'nonUrgent')}
  ${renderExample(careCardFixtures, 'urgent')} ${renderExample(careCardFixtures, 'emergency')}
  ${renderExample(checklistFixtures, 'routine')}
  ${renderExample(priceBannerFixtures, 'withProvider')}
  ${renderExample(walkingPlanFixtures, 'withStartDate')}
`;

/** The sample under a wrapper that sets `properties`. */
const themed = (properties: Record<string, string>) => () =>
  html`<div style=${styleMap(properties)}>${sample()}</div>`;

/** Live examples for the Theming page (stories/theming.mdx). */
const meta = {
  title: 'Guides/Theming',
  tags: ['!autodocs'],
  render: sample,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** No theme: the built-in tokens, which follow the page's colour scheme. */
export const Defaults: Story = {};

/** `.storybook/themes/partner-brand.css`: a clinic's own brand, tokens only. */
export const PartnerBrand: Story = { render: themed(themeProperties(partnerBrandCss)) };

/**
 * The NHS.UK palette: the colour tokens of the NHS theme (`dist/themes/nhs.css`) alone,
 * without its type and spacing.
 */
export const NhsPalette: Story = { render: themed(colourTokens(nhsThemeCss)) };
