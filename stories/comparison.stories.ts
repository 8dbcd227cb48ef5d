import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The registration entries, as partners import them: define <circ-comparison> (and the
// source list one story puts beside it).
import '../src/comparison.ts';
import '../src/sources.ts';
import { comparisonFixtures, type ComparisonArgs } from '../src/fixtures/comparison.fixtures.js';
import { storyOf } from '../src/fixtures/example.js';

// The states come from the shared examples, which the tests render too.
const story = (name: keyof typeof comparisonFixtures.examples): Story =>
  storyOf(comparisonFixtures, name);

const meta = {
  title: 'Elements/Comparison',
  component: 'circ-comparison',
  tags: ['autodocs'],
  args: comparisonFixtures.defaults,
  render: (args) => comparisonFixtures.render(args),
} satisfies Meta<ComparisonArgs>;

export default meta;
type Story = StoryObj<ComparisonArgs>;

/** In a full-width article: a table with column and row headers. */
export const Wide: Story = story('wide');

/** In an article column 48rem wide: the table layout, as on a desktop page. */
export const WideColumn: Story = story('wideColumn');

/**
 * In a 320px container: each row becomes a block headed by its question, and each cell
 * shows the condition it describes. No horizontal scrolling; screen readers still get
 * the table's headers. The element follows its own width (a container query), not the
 * window's, so the narrow layout shows whatever the size of the canvas.
 */
export const Narrow: Story = story('narrow');

/** `with-critical` adds a column for critical limb ischaemia. */
export const WithCritical: Story = story('withCritical');

/** All three columns in an article column 48rem wide. */
export const WithCriticalWideColumn: Story = story('withCriticalWideColumn');

/** All three columns in a 320px container. */
export const WithCriticalNarrow: Story = story('withCriticalNarrow');

/**
 * With a `<circ-sources>` list on the page, the citation markers take its numbers and
 * move focus to the entry they cite; the heading levels fit a page section (`h3`).
 */
export const WithSourceList: Story = story('withSourceList');
