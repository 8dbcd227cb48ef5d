import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The registration entry, as partners import it: defines <circ-explainer>.
import '../src/explainer.ts';
import { storyOf } from '../src/fixtures/example.js';
import { explainerFixtures, type ExplainerArgs } from '../src/fixtures/explainer.fixtures.js';

// The states come from the shared examples, which the tests render too.
const story = (name: keyof typeof explainerFixtures.examples): Story =>
  storyOf(explainerFixtures, name);

const meta = {
  title: 'Elements/Explainer',
  component: 'circ-explainer',
  tags: ['autodocs'],
  args: explainerFixtures.defaults,
  render: (args) => explainerFixtures.render(args),
} satisfies Meta<ExplainerArgs>;

export default meta;
type Story = StoryObj<ExplainerArgs>;

export const Ischaemia: Story = story('ischaemia');

export const IntermittentClaudication: Story = story('intermittentClaudication');

export const CriticalIschaemia: Story = story('criticalIschaemia');

export const Treatment: Story = story('treatment');

export const WhenToSeekHelp: Story = story('whenToSeekHelp');

/** All three slots: own title (phrasing content: it sits inside the heading), own body, a booking link. */
export const WithSlottedContent: Story = story('withSlottedContent');

/** Only a footer: the built-in title and body stay. */
export const WithFooterLink: Story = story('withFooterLink');

/** The heading is a real `h4`, for a page whose section heading is an `h3`. */
export const HeadingLevel4: Story = story('headingLevel4');

/** The "more detail" section expanded through the `open` attribute. */
export const OpenedDetails: Story = story('openedDetails');

/** An unknown topic renders only the slotted content (and warns once in the console). */
export const UnknownTopic: Story = story('unknownTopic');

/**
 * `heading-level="9"` is not 2–6: the heading falls back to an `h2`, and the console has
 * one warning starting with `circ-explainer:`.
 */
export const InvalidHeadingLevel: Story = story('invalidHeadingLevel');
