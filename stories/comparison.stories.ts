import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The registration entries, as partners import them: define <circ-comparison> (and the
// source list one story puts beside it).
import '../src/comparison.ts';
import '../src/sources.ts';

/** The attributes the stories set; their controls come from custom-elements.json. */
interface ComparisonArgs {
  'heading-level': number;
  'with-critical': boolean;
}

const renderComparison = (args: ComparisonArgs) => html`
  <circ-comparison
    heading-level=${args['heading-level']}
    ?with-critical=${args['with-critical']}
  ></circ-comparison>
`;

/**
 * A portal sidebar 320px wide. The element follows its own width (a container query),
 * not the window's, so the narrow layout shows whatever the size of the canvas.
 * `styleMap` sets the width through the CSSOM, which a strict CSP allows.
 */
const inSidebar = (args: ComparisonArgs) => html`
  <div style=${styleMap({ inlineSize: '320px' })}>${renderComparison(args)}</div>
`;

const meta = {
  title: 'Elements/Comparison',
  component: 'circ-comparison',
  tags: ['autodocs'],
  args: {
    'heading-level': 2,
    'with-critical': false,
  },
  render: renderComparison,
} satisfies Meta<ComparisonArgs>;

export default meta;
type Story = StoryObj<ComparisonArgs>;

/** In a full-width article: a table with column and row headers. */
export const Wide: Story = {};

/**
 * In a 320px container: each row becomes a block headed by its question, and each cell
 * shows the condition it describes. No horizontal scrolling; screen readers still get
 * the table's headers.
 */
export const Narrow: Story = {
  render: inSidebar,
};

/** `with-critical` adds a column for critical limb ischaemia. */
export const WithCritical: Story = {
  args: { 'with-critical': true },
};

/** All three columns in a 320px container. */
export const WithCriticalNarrow: Story = {
  args: { 'with-critical': true },
  render: inSidebar,
};

/**
 * With a `<circ-sources>` list on the page, the citation markers take its numbers and
 * move focus to the entry they cite; the heading levels fit a page section (`h3`).
 */
export const WithSourceList: Story = {
  args: { 'heading-level': 3 },
  render: (args) => html`
    ${renderComparison(args)}
    <circ-sources heading-level=${args['heading-level']}></circ-sources>
  `,
};
