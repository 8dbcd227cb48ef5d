import { expect, fixture, html } from '@open-wc/testing';
import '../../symptom-checklist.js';
import { typicalClaudication } from '../../fixtures/symptom-checklist.fixtures.js';
import { choose, settle, walking } from '../../test-utils/checklist-test-helpers.js';
import { headingsIn } from '../../test-utils/composed-tree.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircSymptomChecklist } from './symptom-checklist.element.js';

describe('<circ-symptom-checklist>', () => {
  const warnings = useWarnings();

  describe('heading-level', () => {
    it('puts the result and care card headings below the checklist heading', async () => {
      const el = await fixture<CircSymptomChecklist>(html`
        <circ-symptom-checklist
          heading-level="4"
          .answers=${typicalClaudication}
        ></circ-symptom-checklist>
      `);
      await settle(el);
      expect(headingsIn(el).map((h) => h.level)).to.deep.equal([4, 5, 6]);
      el.headingLevel = 6;
      await settle(el);
      expect(headingsIn(el).map((h) => h.level)).to.deep.equal([6, 6, 6]);
    });

    it('falls back to h2 with one warning for an invalid heading-level', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist heading-level="1"></circ-symptom-checklist>`,
      );
      await choose(el, walking, 'Yes');
      expect(headingsIn(el).map((h) => h.level)).to.deep.equal([2, 3, 4]);
      expect(warnings.messages).to.deep.equal([
        'circ-symptom-checklist: heading-level "1" is not a whole number from 2 to 6; using 2.',
      ]);
    });

    it('lets the heading slot replace the title', async () => {
      const el = await fixture<CircSymptomChecklist>(html`
        <circ-symptom-checklist><span slot="heading">Leg pain check</span></circ-symptom-checklist>
      `);
      expect(headingsIn(el)[0]).to.deep.equal({ level: 2, name: 'Leg pain check' });
    });
  });

  it('exposes the documented parts', async () => {
    const el = await fixture<CircSymptomChecklist>(
      html`<circ-symptom-checklist></circ-symptom-checklist>`,
    );
    const parts = Array.from(el.shadowRoot!.querySelectorAll('[part]')).map((n) =>
      n.getAttribute('part'),
    );
    expect(parts).to.include.members(['base', 'heading', 'form', 'result']);
  });
});
