import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The registration entries, as partners import them.
import '../src/sources.ts';
import '../src/explainer.ts';

/** The attributes the stories set; their controls come from custom-elements.json. */
interface SourcesArgs {
  only: string;
  sources: string;
  reviewed: string;
  'next-review': string;
  'heading-level': number;
}

const renderSources = (args: SourcesArgs) => html`
  <circ-sources
    only=${ifDefined(args.only || undefined)}
    sources=${ifDefined(args.sources || undefined)}
    reviewed=${args.reviewed}
    next-review=${args['next-review']}
    heading-level=${args['heading-level']}
  ></circ-sources>
`;

const meta = {
  title: 'Elements/Sources',
  component: 'circ-sources',
  tags: ['autodocs'],
  args: {
    only: '',
    sources: '',
    reviewed: '2026-11-24',
    'next-review': '2027-11-24',
    'heading-level': 2,
  },
  render: renderSources,
} satisfies Meta<SourcesArgs>;

export default meta;
type Story = StoryObj<SourcesArgs>;

/** Every built-in source, the original article's two first, with the review dates. */
export const AllBuiltInSources: Story = {};

/** `only` picks built-in sources and sets their order. */
export const OnlySomeSources: Story = {
  args: { only: 'nice-cg147 cochrane-supervised-exercise eur-treatment-strategies' },
};

/** A clinic adds its own leaflet and replaces one built-in source with a local summary. */
export const WithCustomSources: Story = {
  args: {
    only: 'eur-treatment-strategies nice-cg147',
    sources: JSON.stringify([
      {
        id: 'nice-cg147',
        title: 'Peripheral arterial disease: our summary of the NICE guideline',
        publisher: 'Example Vein Clinic',
        url: 'https://example.com/pad-summary',
      },
      {
        id: 'clinic-walking-leaflet',
        title: 'Walking programme: patient leaflet',
        publisher: 'Example Vein Clinic',
        year: 2026,
      },
    ]),
  },
};

/**
 * An explainer with the list below it: the citation markers take the list's numbers, and
 * activating one moves focus to its entry. Remove the list and the markers link to the
 * sources themselves.
 */
export const ExplainerWithNumberedMarkers: Story = {
  args: { only: '' },
  render: (args) => html`
    <circ-explainer topic="treatment" open></circ-explainer>
    <circ-sources heading-level="3" only=${ifDefined(args.only || undefined)}></circ-sources>
  `,
};
