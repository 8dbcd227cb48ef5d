import { expect, fixture, html } from '@open-wc/testing';
import '../../symptom-checklist.js';
import { emptyAnswers } from '../../checklist/classify.js';
import type { ChecklistAnswers } from '../../checklist/checklist.types.js';
import { checklistText } from '../../content/checklist/checklist-text.js';
import { walkingPainQuestion } from '../../content/checklist/questions.js';
import { typicalClaudication } from '../../fixtures/symptom-checklist.fixtures.js';
import {
  cardOf,
  choose,
  flagLabel,
  flags,
  liveText,
  resultRegion,
  settle,
  walking,
} from '../../test-utils/checklist-test-helpers.js';
import { accessibleText, headingsIn } from '../../test-utils/composed-tree.js';
import { resetPageLanguage, setPageLanguage } from '../../test-utils/page-language.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircSymptomChecklist } from './symptom-checklist.element.js';

describe('<circ-symptom-checklist>', () => {
  useWarnings(); // keeps expected warnings out of the test log

  describe('result', () => {
    it('emergency: the "call 999" card first, listing the red flags in order, announced assertively', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      expect(liveText(el, 'alert')).to.equal('');
      await choose(el, flags, flagLabel('skin-colour-change'));
      await choose(el, flags, flagLabel('sudden-onset'));
      const card = cardOf(el)!;
      expect(card.urgency).to.equal('emergency');
      expect(headingsIn(card)).to.deep.equal([
        { level: 4, name: 'Immediate action required: Call 999 or go to A&E now' },
      ]);
      const cardText = accessibleText(card);
      expect(cardText.indexOf(flagLabel('sudden-onset'))).to.be.lessThan(
        cardText.indexOf(flagLabel('skin-colour-change')),
      );
      expect(el.result.redFlags).to.deep.equal(['sudden-onset', 'skin-colour-change']);
      expect(liveText(el, 'alert')).to.contain(
        'Immediate action required: Call 999 or go to A&E now.',
      );
      expect(liveText(el, 'status')).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('urgent: the "urgent GP appointment or 111" card before the pattern, announced politely', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist .answers=${typicalClaudication}></circ-symptom-checklist>`,
      );
      await choose(el, flags, flagLabel('non-healing-wound'));
      const card = cardOf(el)!;
      expect(card.urgency).to.equal('urgent');
      expect(headingsIn(card)[0]!.name).to.equal(
        'Urgent advice: Ask for an urgent GP appointment or call 111 today',
      );
      expect(accessibleText(card)).to.contain(flagLabel('non-healing-wound'));
      const text = accessibleText(resultRegion(el));
      const pattern = 'Your answers match the usual pattern of intermittent claudication.';
      expect(text.indexOf('Urgent advice')).to.be.greaterThan(-1);
      expect(text.indexOf('Urgent advice')).to.be.lessThan(text.indexOf(pattern));
      expect(liveText(el, 'status')).to.equal(
        `Urgent advice: Ask for an urgent GP appointment or call 111 today. ${pattern}`,
      );
      expect(liveText(el, 'alert')).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('routine: the "see a GP" card once walking pain is answered yes', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      expect(liveText(el, 'status')).to.equal('');
      await choose(el, walking, 'Yes');
      expect(cardOf(el)!.urgency).to.equal('non-urgent');
      expect(headingsIn(cardOf(el)!)[0]!.name).to.equal('Non-urgent advice: See a GP');
      expect(liveText(el, 'status')).to.equal('Non-urgent advice: See a GP.');
      expect(accessibleText(resultRegion(el))).to.contain(checklistText.incomplete());
      await expect(el).to.be.accessible();
    });

    it('urgent: says to get help today, and how in Northern Ireland, where there is no 111', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      await choose(el, flags, flagLabel('rest-pain'));
      const cardText = accessibleText(cardOf(el)!);
      expect(cardText).to.match(/\btoday\b/);
      expect(cardText).not.to.match(/\bsoon\b/);
      expect(cardText).to.contain('In Northern Ireland, call your GP surgery');
      expect(cardText).to.contain('GP Out-of-Hours');
    });

    it('ends every result without a red-flag card with the warning signs and where to go', async () => {
      const helpOf = (el: CircSymptomChecklist) =>
        el.shadowRoot!.querySelector<HTMLElement>('[part~="result"] [part~="help"]');
      const cases: [Partial<ChecklistAnswers>, boolean][] = [
        [{ walkingPain: false }, true],
        [{ walkingPain: 'unable' }, true],
        [typicalClaudication, true],
        [{ ...typicalClaudication, redFlags: ['rest-pain'] }, false], // the urgent card says it
        [{ redFlags: ['sudden-onset'] }, false], // the 999 card says it
      ];
      for (const [answers, shown] of cases) {
        const el = await fixture<CircSymptomChecklist>(html`
          <circ-symptom-checklist
            .answers=${{ ...emptyAnswers(), ...answers }}
          ></circ-symptom-checklist>
        `);
        await settle(el);
        const help = helpOf(el);
        expect(help !== null, JSON.stringify(answers)).to.equal(shown);
        if (!help) continue;
        const text = accessibleText(help);
        expect(text).to.contain('Call 999 or go to A&E now');
        expect(text).to.contain('Ask for an urgent GP appointment or call 111 today if you have:');
        expect(text).to.contain('In Northern Ireland, call your GP surgery');
        await expect(el).to.be.accessible();
      }
    });

    it('points to urgent help when the pain can start at rest and no warning sign is ticked', async () => {
      const el = await fixture<CircSymptomChecklist>(html`
        <circ-symptom-checklist
          .answers=${{ ...typicalClaudication, startsAtRest: true }}
        ></circ-symptom-checklist>
      `);
      await settle(el);
      const hint =
        'You said the pain can start when you are standing still or sitting down. If this pain is in your foot or toes, ask for an urgent GP appointment or call 111 today.';
      expect(accessibleText(resultRegion(el))).to.contain(hint);
      // Also while the other questions are still open, after the prompt to answer them.
      el.answers = { ...emptyAnswers(), walkingPain: true, startsAtRest: true };
      await settle(el);
      const incomplete = accessibleText(resultRegion(el));
      expect(incomplete).to.contain(checklistText.incomplete());
      expect(incomplete).to.contain(hint);
      el.answers = { ...typicalClaudication, startsAtRest: true, redFlags: ['rest-pain'] };
      await settle(el);
      // Once the warning sign is ticked, the urgent card says it instead.
      expect(accessibleText(resultRegion(el))).not.to.contain(hint);
      expect(cardOf(el)!.urgency).to.equal('urgent');
    });

    it('announces the card as a sentence in the reader’s language: Urdu ends it with ۔', async () => {
      await setPageLanguage('ur', 'rtl');
      try {
        const el = await fixture<CircSymptomChecklist>(
          html`<circ-symptom-checklist></circ-symptom-checklist>`,
        );
        // The reader answers (code setting answers announces nothing), in Urdu.
        await choose(el, walkingPainQuestion.legend(), walkingPainQuestion.yes());
        await settle(el);
        const heading = headingsIn(cardOf(el)!)[0]!.name;
        expect(liveText(el, 'status')).to.equal(`${heading}۔`);
      } finally {
        await resetPageLanguage();
      }
    });
  });
});
