// A pre-rendered page whose scripts forgot `circulation-elements/hydrate.js`: one warning
// that says what to import, and every element renders afresh over its pre-rendered
// content (not beside it), so the page still works.
import { expect } from '@open-wc/testing';
import { insertPrerendered, prerender, whenRendered } from '../test-utils/prerender.js';
import { captureWarnings } from '../test-utils/warnings.js';

const tags = ['circ-care-card', 'circ-comparison'];

describe('a pre-rendered page without the hydration support', () => {
  const container = document.createElement('div');
  let warnings: string[] = [];

  before(async () => {
    const capture = captureWarnings();
    document.body.append(container);
    insertPrerendered(
      container,
      await prerender(
        '<circ-care-card urgency="urgent"></circ-care-card><circ-care-card urgency="emergency"></circ-care-card><circ-comparison></circ-comparison>',
      ),
    );
    await import('../index.js');
    await whenRendered(container, tags);
    capture.restore();
    warnings = capture.messages;
  });

  after(() => container.remove());

  it('warns once, naming what to import', () => {
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include("import 'circulation-elements/hydrate.js'");
  });

  it('renders each element once over its pre-rendered content', () => {
    for (const card of container.querySelectorAll('circ-care-card')) {
      expect(card.shadowRoot!.querySelectorAll('h3')).to.have.length(1);
    }
    const comparison = container.querySelector('circ-comparison')!.shadowRoot!;
    expect(comparison.querySelectorAll('table')).to.have.length(1);
  });
});
