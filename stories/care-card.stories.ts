import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The registration entry, as partners import it: defines <circ-care-card>.
import '../src/care-card.ts';
import { careCardFixtures, type CareCardArgs } from '../src/fixtures/care-card.fixtures.js';
import { storyOf } from '../src/fixtures/example.js';

// The states come from the shared examples, which the tests render too.
const story = (name: keyof typeof careCardFixtures.examples): Story =>
  storyOf(careCardFixtures, name);

const meta = {
  title: 'Elements/Care card',
  component: 'circ-care-card',
  tags: ['autodocs'],
  args: careCardFixtures.defaults,
  render: (args) => careCardFixtures.render(args),
} satisfies Meta<CareCardArgs>;

export default meta;
type Story = StoryObj<CareCardArgs>;

/** Blue heading: "See a GP". Screen readers hear "Non-urgent advice:" first. */
export const NonUrgent: Story = story('nonUrgent');

/** Red heading: "Ask for an urgent GP appointment or call 111", with reasons as bullets. */
export const Urgent: Story = story('urgent');

/** Red heading over a dark body: "Call 999 or go to A&E now". */
export const Emergency: Story = story('emergency');

/**
 * `urgency="critical"` is not one of the three urgencies: the card falls back to
 * non-urgent, and the console has one warning starting with `circ-care-card:`.
 */
export const UnknownUrgency: Story = story('unknownUrgency');

/** The `heading` slot replaces the call to action; the hidden urgency prefix stays. */
export const OwnHeading: Story = story('ownHeading');
