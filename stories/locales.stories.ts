import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// Everything, as partners import it from the main entry.
import '../src/index.ts';
import { careCardFixtures } from '../src/fixtures/care-card.fixtures.js';
import { comparisonFixtures } from '../src/fixtures/comparison.fixtures.js';
import { renderExample } from '../src/fixtures/example.js';
import { explainerFixtures } from '../src/fixtures/explainer.fixtures.js';
import { priceBannerFixtures } from '../src/fixtures/price-banner.fixtures.js';
import { sourcesFixtures } from '../src/fixtures/sources.fixtures.js';
import { checklistFixtures } from '../src/fixtures/symptom-checklist.fixtures.js';
import { walkingPlanFixtures } from '../src/fixtures/walking-plan.fixtures.js';

/**
 * Every element in one page, in each locale: the help block, the comparison with all
 * three columns, a checklist whose answers bring the urgent care card, the emergency care
 * card, the price banner, the walking plan with dates and the source list. The locale comes from the page's
 * `<html lang>` (the toolbar sets it); Urdu also sets `dir="rtl"`. The translations need
 * review by a qualified medical translator before clinical use.
 */
const meta = {
  title: 'Localization/Every element',
  tags: ['!autodocs'],
  render: () => html`
    ${renderExample(explainerFixtures, 'whenToSeekHelp')}
    ${renderExample(comparisonFixtures, 'withCritical')}
    ${renderExample(checklistFixtures, 'urgent')} ${renderExample(careCardFixtures, 'emergency')}
    ${renderExample(priceBannerFixtures, 'withProvider')}
    ${renderExample(walkingPlanFixtures, 'withStartDate')}
    ${renderExample(sourcesFixtures, 'onlySomeSources')}
  `,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const BritishEnglish: Story = { globals: { locale: 'en-GB' } };
export const Welsh: Story = { globals: { locale: 'cy' } };
export const Polish: Story = { globals: { locale: 'pl' } };
export const UrduRightToLeft: Story = { globals: { locale: 'ur' } };

/**
 * Urdu, right to left, in a portal sidebar 320px wide: the comparison reflows into
 * labelled blocks and the checklist's result wraps, mirrored for right-to-left reading.
 */
export const UrduInANarrowColumn: Story = {
  globals: { locale: 'ur' },
  render: () => html`
    <div style=${styleMap({ inlineSize: '320px', maxInlineSize: '100%' })}>
      ${renderExample(comparisonFixtures, 'wide')} ${renderExample(checklistFixtures, 'routine')}
      ${renderExample(priceBannerFixtures, 'withProvider')}
    </div>
  `,
};
