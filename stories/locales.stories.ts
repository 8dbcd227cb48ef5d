import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// Everything, as partners import it from the main entry.
import '../src/index.ts';

/**
 * Every element in one page, in each locale. The locale comes from the page's
 * `<html lang>` (the toolbar sets it); Urdu also sets `dir="rtl"`. The translations need
 * review by a qualified medical translator before clinical use.
 */
const meta = {
  title: 'Localization/Every element',
  render: () => html`
    <circ-explainer topic="when-to-seek-help" open></circ-explainer>
    <circ-comparison with-critical heading-level="2"></circ-comparison>
    <circ-symptom-checklist></circ-symptom-checklist>
    <circ-price-banner price="1950" href="#prices" dismissible></circ-price-banner>
    <circ-sources only="nice-cg147 nidirect-pad"></circ-sources>
  `,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const BritishEnglish: Story = { globals: { locale: 'en-GB' } };
export const Welsh: Story = { globals: { locale: 'cy' } };
export const Polish: Story = { globals: { locale: 'pl' } };
export const UrduRightToLeft: Story = { globals: { locale: 'ur' } };
