import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The registration entry, as partners import it: defines <circ-care-card>.
import '../src/care-card.ts';

/** The attributes the stories set; their controls come from custom-elements.json. */
interface CareCardArgs {
  urgency: string;
  'heading-level': number;
}

const meta = {
  title: 'Elements/Care card',
  component: 'circ-care-card',
  tags: ['autodocs'],
  args: { urgency: 'non-urgent', 'heading-level': 3 },
  render: (args) => html`
    <circ-care-card urgency=${args.urgency} heading-level=${args['heading-level']}>
      <p>Leg pain, cramping or heaviness when you walk that goes away when you rest.</p>
    </circ-care-card>
  `,
} satisfies Meta<CareCardArgs>;

export default meta;
type Story = StoryObj<CareCardArgs>;

/** Blue heading: "See a GP". Screen readers hear "Non-urgent advice:" first. */
export const NonUrgent: Story = {};

/** Red heading: "Ask for an urgent GP appointment or call 111", with reasons as bullets. */
export const Urgent: Story = {
  args: { urgency: 'urgent' },
  render: (args) => html`
    <circ-care-card urgency=${args.urgency} heading-level=${args['heading-level']}>
      <ul>
        <li>pain in your foot or toes when you are resting, especially at night</li>
        <li>a sore or ulcer on your foot or leg that has not healed in 2 weeks</li>
        <li>toes or skin turning dark or black</li>
      </ul>
    </circ-care-card>
  `,
};

/** Red heading over a dark body: "Call 999 or go to A&E now". */
export const Emergency: Story = {
  args: { urgency: 'emergency' },
  render: (args) => html`
    <circ-care-card urgency=${args.urgency} heading-level=${args['heading-level']}>
      <p>A leg has suddenly become painful, pale or cold, numb or weak.</p>
    </circ-care-card>
  `,
};

/** The `heading` slot replaces the call to action; the hidden urgency prefix stays. */
export const OwnHeading: Story = {
  args: { urgency: 'urgent' },
  render: (args) => html`
    <circ-care-card urgency=${args.urgency} heading-level=${args['heading-level']}>
      <span slot="heading">Call the vascular clinic today if:</span>
      <ul>
        <li>your foot hurts at night</li>
        <li>a sore on your foot is not healing</li>
      </ul>
    </circ-care-card>
  `,
};
