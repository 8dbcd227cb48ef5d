import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// Everything, as partners import it from the main entry.
import '../src/index.ts';
import { careCardFixtures } from '../src/fixtures/care-card.fixtures.js';
import { renderExample } from '../src/fixtures/example.js';
import { explainerFixtures } from '../src/fixtures/explainer.fixtures.js';
import { checklistFixtures } from '../src/fixtures/symptom-checklist.fixtures.js';
import { walkingPlanFixtures } from '../src/fixtures/walking-plan.fixtures.js';

/**
 * Live examples for the "Using with NHS.UK frontend" page (stories/nhs-frontend.mdx), in
 * the NHS theme: the toolbar's NHS.UK item adopts `src/themes/nhs.css`, the file published
 * as `dist/themes/nhs.css`, into the page, as a partner's `<link>` would.
 */
const meta = {
  title: 'Guides/Using with NHS.UK frontend',
  tags: ['!autodocs'],
  globals: { theme: 'nhs' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The three care cards: the heading block with its notch arrow, the grey frame. */
export const CareCards: Story = {
  render: () => html`
    ${renderExample(careCardFixtures, 'nonUrgent')} ${renderExample(careCardFixtures, 'urgent')}
    ${renderExample(careCardFixtures, 'emergency')}
  `,
};

/** The checklist: 40px radios and checkboxes in 44px targets, the primary and secondary buttons. */
export const Checklist: Story = { render: () => renderExample(checklistFixtures, 'routine') };

/** An explainer: 19px body text, the heading at its level's NHS.UK size, the card spacing. */
export const Explainer: Story = { render: () => renderExample(explainerFixtures, 'ischaemia') };

/** The walking plan: the large timer buttons in the NHS.UK button style, the plan's table. */
export const WalkingPlan: Story = {
  render: () => renderExample(walkingPlanFixtures, 'withStartDate'),
};
