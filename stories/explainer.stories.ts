import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The registration entry, as partners import it: defines <circ-explainer>.
import '../src/explainer.ts';

/** The attributes the stories set; their controls come from custom-elements.json. */
interface ExplainerArgs {
  topic: string;
  'heading-level': number;
  open: boolean;
}

const renderExplainer = (args: ExplainerArgs) => html`
  <circ-explainer
    topic=${args.topic}
    heading-level=${args['heading-level']}
    ?open=${args.open}
  ></circ-explainer>
`;

const meta = {
  title: 'Elements/Explainer',
  component: 'circ-explainer',
  tags: ['autodocs'],
  args: {
    topic: 'ischaemia',
    'heading-level': 2,
    open: false,
  },
  render: renderExplainer,
} satisfies Meta<ExplainerArgs>;

export default meta;
type Story = StoryObj<ExplainerArgs>;

export const Ischaemia: Story = {
  args: { topic: 'ischaemia' },
};

export const IntermittentClaudication: Story = {
  args: { topic: 'intermittent-claudication' },
};

export const CriticalIschaemia: Story = {
  args: { topic: 'critical-ischaemia' },
};

export const Treatment: Story = {
  args: { topic: 'treatment' },
};

export const WhenToSeekHelp: Story = {
  args: { topic: 'when-to-seek-help' },
};

/** All three slots: own title (phrasing content: it sits inside the heading), own body, a booking link. */
export const WithSlottedContent: Story = {
  args: { topic: 'intermittent-claudication' },
  render: (args) => html`
    <circ-explainer topic=${args.topic} heading-level=${args['heading-level']} ?open=${args.open}>
      <span slot="heading">Leg pain when you walk?</span>
      <p>
        Cramp-like pain in the calf that comes on when you walk and goes away when you rest can be a
        sign of narrowed arteries. Our vascular nurses can check this for you.
      </p>
      <a slot="footer" href="https://example.com/book">Book a vascular check-up</a>
    </circ-explainer>
  `,
};

/** Only a footer: the built-in title and body stay. */
export const WithFooterLink: Story = {
  args: { topic: 'treatment' },
  render: (args) => html`
    <circ-explainer topic=${args.topic} heading-level=${args['heading-level']} ?open=${args.open}>
      <a slot="footer" href="https://example.com/book">Book an appointment</a>
    </circ-explainer>
  `,
};

/** The heading is a real `h4`, for a page whose section heading is an `h3`. */
export const HeadingLevel4: Story = {
  args: { topic: 'ischaemia', 'heading-level': 4 },
};

/** The "more detail" section expanded through the `open` attribute. */
export const OpenedDetails: Story = {
  args: { topic: 'critical-ischaemia', open: true },
};

/** An unknown topic renders only the slotted content (and warns once in the console). */
export const UnknownTopic: Story = {
  args: { topic: 'not-a-topic' },
  render: (args) => html`
    <circ-explainer topic=${args.topic} heading-level=${args['heading-level']}>
      <span slot="heading">About our clinic</span>
      <p>Only the content you slot in is shown when the topic is not one of the built-in ones.</p>
    </circ-explainer>
  `,
};
