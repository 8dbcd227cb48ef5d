// The CDN bundle on a pre-rendered page: it fetches its hydration support from beside it
// (only because the page is pre-rendered) and hydrates every element. The bundle carries
// its own Lit, so nothing here needs to load first.
import { expect } from '@open-wc/testing';
import {
  changedSincePrerender,
  importBuilt,
  prerenderThenLoad,
  type PrerenderedSnapshot,
} from '../test-utils/prerender.js';

const tags = [
  'circ-explainer',
  'circ-comparison',
  'circ-symptom-checklist',
  'circ-walking-plan',
  'circ-sources',
];
const page = `
  <circ-explainer topic="ischaemia"></circ-explainer>
  <circ-comparison with-critical></circ-comparison>
  <circ-symptom-checklist></circ-symptom-checklist>
  <circ-walking-plan start="2026-12-07"></circ-walking-plan>
  <circ-sources></circ-sources>
`;

describe('hydration by the CDN bundle (dist/cdn/circulation-elements.js)', () => {
  const container = document.createElement('div');
  let snapshots: Map<string, PrerenderedSnapshot>;
  let warnings: string[] = [];

  before(async () => {
    ({ snapshots, warnings } = await prerenderThenLoad(container, page, tags, () =>
      importBuilt('/dist/cdn/circulation-elements.js'),
    ));
  });

  after(() => container.remove());

  it('fetched its hydration support from beside it', () => {
    const fetched = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    expect(fetched).to.include('/dist/cdn/circulation-elements.hydrate-support.js');
  });

  it('keeps every pre-rendered node and shifts nothing, without a warning', () => {
    expect(warnings).to.deep.equal([]);
    expect(changedSincePrerender(container, snapshots)).to.deep.equal([]);
  });

  it('answers after hydration', async () => {
    const checklist = container.querySelector('circ-symptom-checklist')!;
    const results: unknown[] = [];
    checklist.addEventListener('circ-result-change', (event) => results.push(event));
    checklist.shadowRoot!.querySelector<HTMLInputElement>('input[value="rest-pain"]')!.click();
    await (checklist as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(results.length).to.equal(1);
    expect(checklist.shadowRoot!.querySelector('circ-care-card')).to.exist;
  });

  it('times a walk after hydration, on the pre-rendered plan of 12 weeks', async () => {
    const plan = container.querySelector('circ-walking-plan') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    const root = plan.shadowRoot!;
    expect(root.querySelectorAll('[part~="plan"] tbody tr')).to.have.length(12 * 3);
    const primary = root.querySelector<HTMLButtonElement>('button.primary')!;
    primary.click();
    await plan.updateComplete;
    // The same button, its words changed: hydration kept the node and its listener.
    expect(primary.dataset.phase).to.equal('walking');
    const ended: CustomEvent[] = [];
    plan.addEventListener('circ-session-end', (event) => ended.push(event as CustomEvent));
    root.querySelector<HTMLButtonElement>('button.end')!.click();
    await plan.updateComplete;
    expect(ended).to.have.length(1);
    expect(ended[0]!.detail.walks).to.have.length(1);
    expect(root.querySelectorAll('[part~="session"] table')).to.have.length(1);
  });
});
