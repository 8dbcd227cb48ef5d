// A page pre-rendered in Welsh hydrates in Welsh: the elements wait for the page's language
// to load before their first render, so it matches the server's (built files on both
// sides, as in hydration.test.ts; the hydration support is the first import).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import {
  changedSincePrerender,
  importBuilt,
  prerenderThenLoad,
  type PrerenderedSnapshot,
} from '../test-utils/prerender.js';

const tags = ['circ-explainer', 'circ-symptom-checklist', 'circ-care-card', 'circ-walking-plan'];
const page = `
  <circ-explainer topic="when-to-seek-help"></circ-explainer>
  <circ-symptom-checklist></circ-symptom-checklist>
  <circ-care-card urgency="emergency"></circ-care-card>
  <circ-walking-plan start="2026-12-07" weeks="1"></circ-walking-plan>
`;

describe('hydration of a page pre-rendered in Welsh', () => {
  const container = document.createElement('div');
  let snapshots: Map<string, PrerenderedSnapshot>;
  let warnings: string[] = [];

  before(async () => {
    document.documentElement.lang = 'cy';
    ({ snapshots, warnings } = await prerenderThenLoad(
      container,
      page,
      tags,
      () => importBuilt('/dist/index.js'),
      'cy',
    ));
  });

  after(() => {
    container.remove();
    document.documentElement.lang = 'en-GB';
  });

  it('was pre-rendered in Welsh', () => {
    expect(snapshots.get('circ-symptom-checklist')!.text).to.include('Gwiriwch symptomau');
  });

  it('hydrates in Welsh, keeping every node and shifting nothing, without a warning', () => {
    expect(changedSincePrerender(container, snapshots)).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('answers in Welsh after hydration', async () => {
    const checklist = container.querySelector('circ-symptom-checklist')!;
    checklist.shadowRoot!.querySelector<HTMLInputElement>('input[value="sudden-onset"]')!.click();
    await (checklist as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const card = checklist.shadowRoot!.querySelector('circ-care-card')!;
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot!.textContent).to.include('Ffoniwch 999');
  });
});
