import { expect, fixture, html } from '@open-wc/testing';
import '../../symptom-checklist.js';
import { classifyChecklist, emptyAnswers } from '../../checklist/classify.js';
import { redFlagNames, type ChecklistAnswers } from '../../checklist/checklist.types.js';
import { checklistText } from '../../content/checklist/checklist-text.js';
import { typicalClaudication } from '../../fixtures/symptom-checklist.fixtures.js';
import {
  cardOf,
  choose,
  resultRegion,
  settle,
  walking,
} from '../../test-utils/checklist-test-helpers.js';
import { accessibleText, describeNode } from '../../test-utils/composed-tree.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircSymptomChecklist } from './symptom-checklist.element.js';

/** Every word in the element, hidden or not: its shadow tree and the care card's. */
function everyWord(el: CircSymptomChecklist): string {
  const card = cardOf(el);
  return `${el.shadowRoot!.textContent} ${card?.shadowRoot!.textContent ?? ''}`.replace(
    /\s+/g,
    ' ',
  );
}

describe('<circ-symptom-checklist>', () => {
  const warnings = useWarnings();

  describe('result', () => {
    it('none: no card, but the pattern, not-a-diagnosis and privacy words', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      await choose(el, walking, 'No');
      expect(el.result.urgency).to.equal('none');
      expect(describeNode(cardOf(el))).to.equal('null');
      const text = accessibleText(resultRegion(el));
      expect(text).to.contain('your answers do not match the pattern of intermittent claudication');
      expect(text).to.contain('This is not a diagnosis. Only a doctor or nurse');
      expect(text).to.contain(checklistText.privacy());
      await expect(el).to.be.accessible();
    });

    // The questionnaire screens; it misses about half of the people with PAD in UK general
    // practice. So a result that does not match the pattern must never read as "all clear".
    const notMatching: [string, Partial<ChecklistAnswers>, RegExp][] = [
      ['none', { ...emptyAnswers(), walkingPain: false }, /See a GP if:.*when you walk/],
      ['unlikely', { ...typicalClaudication, startsAtRest: true }, /Non-urgent advice: See a GP/],
      [
        'unable-to-walk',
        { ...emptyAnswers(), walkingPain: 'unable' },
        /Non-urgent advice: See a GP.*Ask a GP to check the blood flow in your legs/,
      ],
    ];
    for (const [pattern, answers, seeAGp] of notMatching) {
      it(`never reassures: "${pattern}" says it does not rule out a circulation problem, and when to see a GP`, async () => {
        const el = await fixture<CircSymptomChecklist>(html`
          <circ-symptom-checklist .answers=${answers}></circ-symptom-checklist>
        `);
        await settle(el);
        expect(el.result.pattern).to.equal(pattern);
        const text = accessibleText(resultRegion(el));
        expect(text).to.contain(
          'This does not rule out a problem with the blood flow in your legs.',
        );
        expect(text).to.match(seeAGp);
        for (const reassurance of [
          /nothing (is )?wrong/i,
          /\bnormal\b/i,
          /no need/i,
          /\bfine\b/i,
        ]) {
          expect(text).not.to.match(reassurance);
        }
        await expect(el).to.be.accessible();
      });
    }

    const patternWords: [string, Partial<ChecklistAnswers>, string][] = [
      ['typical', {}, 'Your answers match the usual pattern of intermittent claudication.'],
      [
        'atypical',
        { sites: ['thigh', 'shin'] },
        'Your answers partly match the pattern of intermittent claudication',
      ],
      [
        'unlikely',
        { startsAtRest: true },
        'Your answers do not match the usual pattern of intermittent claudication.',
      ],
    ];
    for (const [pattern, change, words] of patternWords) {
      it(`${pattern}: says what the answers match, and that it is not a diagnosis`, async () => {
        const el = await fixture<CircSymptomChecklist>(html`
          <circ-symptom-checklist
            .answers=${{ ...typicalClaudication, ...change }}
          ></circ-symptom-checklist>
        `);
        await settle(el);
        expect(el.result.pattern).to.equal(pattern);
        const text = accessibleText(resultRegion(el));
        expect(text).to.contain(words);
        expect(text).to.contain('This is not a diagnosis.');
        expect(text).not.to.contain('ECQ');
        await expect(el).to.be.accessible();
      });
    }

    it('never says "you have" a condition, in any state, for either audience', async () => {
      const youHave =
        /you (have|'ve)( got)? .{0,30}(claudication|ischaemia|PAD|peripheral arterial disease|disease)/i;
      const states: Partial<ChecklistAnswers>[] = [
        {},
        { walkingPain: true },
        { walkingPain: false },
        { ...typicalClaudication, ordinaryPace: null },
        { ...typicalClaudication, ordinaryPace: true, sites: ['buttock'] },
        { ...typicalClaudication, easesWithin10Min: false },
        { ...typicalClaudication, sites: ['shin', 'foot', 'joint', 'other'] },
      ];
      let checked = 0;
      for (const audience of ['patient', 'clinician']) {
        const el = await fixture<CircSymptomChecklist>(
          html`<circ-symptom-checklist audience=${audience}></circ-symptom-checklist>`,
        );
        for (const state of states) {
          for (let mask = 0; mask < 1 << redFlagNames.length; mask++) {
            const answers = {
              ...emptyAnswers(),
              ...state,
              redFlags: redFlagNames.filter((_, bit) => mask & (1 << bit)),
            };
            el.answers = answers;
            await settle(el);
            expect(el.result).to.deep.equal(classifyChecklist(answers));
            const words = everyWord(el);
            expect(words).not.to.match(youHave);
            if (mask > 0 || state.walkingPain !== undefined) {
              expect(words).to.contain('This is not a diagnosis.');
            }
            checked++;
          }
        }
      }
      expect(checked).to.equal(2 * 7 * 16);
      expect(warnings.messages).to.deep.equal([]);
    });
  });
});
