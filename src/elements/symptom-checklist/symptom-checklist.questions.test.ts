import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../symptom-checklist.js';
import { emptyAnswers } from '../../checklist/classify.js';
import { redFlagNames } from '../../checklist/checklist.types.js';
import { checklistText } from '../../content/checklist/checklist-text.js';
import { walkingPainQuestion } from '../../content/checklist/questions.js';
import { emergencyHelp, northernIrelandHelp, urgentHelp } from '../../content/get-help.js';
import { typicalClaudication } from '../../fixtures/symptom-checklist.fixtures.js';
import {
  calf,
  cardOf,
  choose,
  control,
  eases,
  flagLabel,
  flags,
  legends,
  ordinaryPace,
  question,
  resultRegion,
  settle,
  sites,
  startsAtRest,
  uphill,
  walking,
} from '../../test-utils/checklist-test-helpers.js';
import {
  accessibleText,
  headingsIn,
  expectSameNode,
  describeNode,
} from '../../test-utils/composed-tree.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircSymptomChecklist } from './symptom-checklist.element.js';

/** Every question, in the order asked, once the follow-ups are shown. */
const allLegends = [flags, walking, startsAtRest, uphill, ordinaryPace, eases, sites];

describe('<circ-symptom-checklist>', () => {
  const warnings = useWarnings();

  describe('questions', () => {
    it('starts with the red flags and the walking question, nothing answered, and where to get help', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      expect(headingsIn(el)).to.deep.equal([
        { level: 2, name: checklistText.title() },
        { level: 3, name: checklistText.resultHeading() },
      ]);
      expect(legends(el)).to.deep.equal([flags, walking]);
      expect(el.answers).to.deep.equal(emptyAnswers());
      expect(el.result).to.deep.equal({
        pattern: 'incomplete',
        grade: null,
        urgency: 'none',
        redFlags: [],
      });
      expect(describeNode(cardOf(el))).to.equal('null');
      expect(accessibleText(resultRegion(el))).to.contain(checklistText.waiting());
      // The warning signs and where to go come before any answer: without our script (a
      // pre-rendered page) no result ever follows the answers.
      expect(accessibleText(resultRegion(el))).to.contain(emergencyHelp.text());
      expect(accessibleText(resultRegion(el))).to.contain(urgentHelp.text());
      expect(accessibleText(resultRegion(el))).to.contain(northernIrelandHelp.text());
      expect(el.shadowRoot!.querySelectorAll('[part~="help"]')).to.have.length(1);
      expect(accessibleText(el)).to.contain(checklistText.privacy());
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('asks every question with native radios or checkboxes that have visible labels', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist .answers=${typicalClaudication}></circ-symptom-checklist>`,
      );
      expect(legends(el)).to.deep.equal(allLegends);
      const inputs = Array.from(el.shadowRoot!.querySelectorAll('input'));
      // Red flags, walking pain (yes, no, unable to walk), four yes/no follow-ups, sites.
      expect(inputs).to.have.length(4 + 3 + 4 * 2 + 7);
      for (const input of inputs) {
        expect(input.type).to.be.oneOf(['radio', 'checkbox']);
        expect(input.closest('fieldset')).to.exist;
        const label = input.closest('label')!;
        expect(accessibleText(label)).not.to.equal('');
        expect(label.getBoundingClientRect().width).to.be.greaterThan(20);
      }
      await expect(el).to.be.accessible();
    });

    it('shows the follow-up questions once walking pain is answered yes', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      await choose(el, walking, 'Yes');
      expect(legends(el)).to.deep.equal(allLegends);
      await expect(el).to.be.accessible();
    });

    it('keeps focus on the answer that reveals the follow-up questions', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      const yes = control(el, walking, 'Yes');
      yes.focus();
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.answers.walkingPain).to.equal(true);
      expect(question(el, startsAtRest)).to.exist;
      expectSameNode(el.shadowRoot!.activeElement, yes);
      expect(yes.isConnected).to.equal(true);
    });

    it('clears and hides the follow-up answers when walking pain changes to no', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      await choose(el, walking, 'Yes');
      await choose(el, startsAtRest, 'No');
      await choose(el, sites, calf);
      await choose(el, flags, flagLabel('rest-pain'));
      await choose(el, walking, 'No');
      expect(legends(el)).to.deep.equal([flags, walking]);
      expect(el.answers).to.deep.equal({
        ...emptyAnswers(),
        walkingPain: false,
        redFlags: ['rest-pain'],
      });
      await choose(el, walking, 'Yes');
      expect(control(el, startsAtRest, 'No').checked).to.equal(false);
      expect(control(el, sites, calf).checked).to.equal(false);
    });

    it('offers "I am unable to walk", which hides and clears the follow-up questions', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      const unable = walkingPainQuestion.unable!();
      expect(unable).to.equal('I am unable to walk');
      await choose(el, walking, 'Yes');
      await choose(el, startsAtRest, 'No');
      await choose(el, sites, calf);
      await choose(el, walking, unable);
      expect(control(el, walking, unable).checked).to.equal(true);
      expect(legends(el)).to.deep.equal([flags, walking]);
      expect(el.answers).to.deep.equal({ ...emptyAnswers(), walkingPain: 'unable' });
      expect(el.result).to.deep.equal({
        pattern: 'unable-to-walk',
        grade: null,
        urgency: 'routine',
        redFlags: [],
      });
      await expect(el).to.be.accessible();
    });

    it('keeps follow-up answers that are set through `answers`, and classifies by the rule', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      const hidden = { ...typicalClaudication, walkingPain: false };
      el.answers = hidden;
      await settle(el);
      expect(el.answers).to.deep.equal(hidden);
      expect(el.result.pattern).to.equal('none');
      expect(legends(el)).to.deep.equal([flags, walking]);
    });

    it('always shows the red-flag question, whatever the walking answer', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      for (const label of ['Yes', 'No']) {
        await choose(el, walking, label);
        expect(legends(el)[0]).to.equal(flags);
        for (const flag of redFlagNames) expect(control(el, flags, flagLabel(flag))).to.exist;
      }
    });
  });
});
