// The CDN loader on a pre-rendered page: it loads the hydration support and the source
// list's module first, then each element's module, and every element hydrates.
import { expect } from '@open-wc/testing';
import {
  changedSincePrerender,
  importBuilt,
  prerenderThenLoad,
  type PrerenderedSnapshot,
} from '../test-utils/prerender.js';

const tags = ['circ-explainer', 'circ-care-card', 'circ-sources'];
const page = `
  <circ-explainer topic="critical-ischaemia"></circ-explainer>
  <circ-care-card urgency="urgent"></circ-care-card>
  <circ-sources only="global-vascular-guidelines nhs-pad"></circ-sources>
`;

describe('hydration by the CDN loader (dist/cdn/loader.js)', () => {
  const container = document.createElement('div');
  let snapshots: Map<string, PrerenderedSnapshot>;
  let warnings: string[] = [];

  before(async () => {
    ({ snapshots, warnings } = await prerenderThenLoad(container, page, tags, () =>
      importBuilt('/dist/cdn/loader.js'),
    ));
  });

  after(() => container.remove());

  it('keeps every pre-rendered node and shifts nothing, without a warning', () => {
    expect(warnings).to.deep.equal([]);
    expect(changedSincePrerender(container, snapshots)).to.deep.equal([]);
  });

  it('loads only what the page needs: no comparison, checklist, price banner or walking plan', () => {
    const fetched = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.replace('/dist/cdn/', ''));
    expect(fetched).to.include('hydrate-support.js');
    for (const absent of [
      'comparison.js',
      'symptom-checklist.js',
      'price-banner.js',
      'walking-plan.js',
    ]) {
      expect(fetched).not.to.include(absent);
    }
  });

  it('numbers the markers from the pre-rendered list, as the server did', () => {
    const marker = container
      .querySelector('circ-explainer')!
      .shadowRoot!.querySelector('a.cite[data-source-ids~="global-vascular-guidelines"]')!;
    expect(marker.getAttribute('href')).to.equal('#circ-source-global-vascular-guidelines');
    expect(marker.textContent).to.match(/^\[1(, \d+)*\]$/);
  });
});
