import { expect, fixture, html } from '@open-wc/testing';
import '../../symptom-checklist.js';
import type { ChecklistAnswers } from '../../checklist/checklist.types.js';
import { typicalClaudication } from '../../fixtures/symptom-checklist.fixtures.js';
import { settle } from '../../test-utils/checklist-test-helpers.js';
import { accessibleText, describeNode } from '../../test-utils/composed-tree.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircSymptomChecklist } from './symptom-checklist.element.js';

describe('<circ-symptom-checklist>', () => {
  const warnings = useWarnings();

  describe('clinician audience', () => {
    const clinical = (el: CircSymptomChecklist) =>
      accessibleText(el.shadowRoot!.querySelector('.clinical')!);
    const cases: [string, Partial<ChecklistAnswers>, string][] = [
      [
        'definite claudication, grade 1',
        {},
        'ECQ classification Definite claudication ECQ grade Grade 1: pain only when walking uphill or hurrying',
      ],
      [
        'atypical claudication, grade 2',
        { sites: ['buttock'], ordinaryPace: true },
        'ECQ classification Atypical claudication ECQ grade Grade 2: pain also at an ordinary pace on the level',
      ],
      [
        'definite claudication without a grade',
        { ordinaryPace: null },
        'ECQ classification Definite claudication ECQ grade Not graded: ordinary pace not answered',
      ],
      [
        'criteria not met',
        { easesWithin10Min: false },
        'ECQ classification Criteria not met ECQ grade Not applicable',
      ],
      [
        'no pain on walking',
        { walkingPain: false },
        'ECQ classification Criteria not met (no leg pain on walking) ECQ grade Not applicable',
      ],
      [
        'what is missing',
        { startsAtRest: null, easesWithin10Min: null, sites: [] },
        'ECQ classification Incomplete. Not yet answered: starts at rest, relief within 10 minutes, site of pain ECQ grade Not applicable',
      ],
      [
        'the walking question missing',
        { walkingPain: null, redFlags: ['rest-pain'] },
        'ECQ classification Incomplete. Not yet answered: leg pain on walking ECQ grade Not applicable',
      ],
    ];
    for (const [label, change, expected] of cases) {
      it(`shows ${label}`, async () => {
        const el = await fixture<CircSymptomChecklist>(html`
          <circ-symptom-checklist
            audience="clinician"
            .answers=${{ ...typicalClaudication, ...change }}
          ></circ-symptom-checklist>
        `);
        expect(clinical(el)).to.equal(expected);
        await expect(el).to.be.accessible();
      });
    }

    it('falls back to the patient audience with one warning for an unknown audience', async () => {
      const el = await fixture<CircSymptomChecklist>(html`
        <circ-symptom-checklist
          audience="doctor"
          .answers=${typicalClaudication}
        ></circ-symptom-checklist>
      `);
      el.answers = { ...typicalClaudication, ordinaryPace: true };
      await settle(el);
      expect(describeNode(el.shadowRoot!.querySelector('.clinical'))).to.equal('null');
      expect(warnings.messages).to.deep.equal([
        'circ-symptom-checklist: audience "doctor" is not known; using patient.',
      ]);
    });
  });
});
