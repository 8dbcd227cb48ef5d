import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The registration entries, as partners import them.
import '../src/sources.ts';
import '../src/explainer.ts';
import { storyOf } from '../src/fixtures/example.js';
import { sourcesFixtures, type SourcesArgs } from '../src/fixtures/sources.fixtures.js';

// The states come from the shared examples, which the tests render too.
const story = (name: keyof typeof sourcesFixtures.examples): Story =>
  storyOf(sourcesFixtures, name);

const meta = {
  title: 'Elements/Sources',
  component: 'circ-sources',
  tags: ['autodocs'],
  args: sourcesFixtures.defaults,
  render: (args) => sourcesFixtures.render(args),
} satisfies Meta<SourcesArgs>;

export default meta;
type Story = StoryObj<SourcesArgs>;

/** Every built-in source, the original article's two first, with the review dates. */
export const AllBuiltInSources: Story = story('allBuiltInSources');

/** `only` picks built-in sources and sets their order. */
export const OnlySomeSources: Story = story('onlySomeSources');

/** A clinic adds its own leaflet and replaces one built-in source with a local summary. */
export const WithCustomSources: Story = story('withCustomSources');

/**
 * Bad input: an unknown id in `only` is skipped, dates that are not dates fall back to the
 * built-in review dates, and `sources` that is not JSON is ignored. The console has one
 * warning for each, starting with `circ-sources:`.
 */
export const InvalidInput: Story = story('invalidInput');

/**
 * An explainer with the list below it: the citation markers take the list's numbers, and
 * activating one moves focus to its entry. Remove the list and the markers link to the
 * sources themselves.
 */
export const ExplainerWithNumberedMarkers: Story = story('explainerWithNumberedMarkers');
