import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../symptom-checklist.js';
import { emptyAnswers } from '../../checklist/classify.js';
import { checklistText } from '../../content/checklist/checklist-text.js';
import { followUpQuestions } from '../../content/checklist/questions.js';
import { typicalClaudication } from '../../fixtures/symptom-checklist.fixtures.js';
import {
  button,
  calf,
  control,
  eases,
  flagLabel,
  flags,
  settle,
  sites,
  startsAtRest,
  walking,
} from '../../test-utils/checklist-test-helpers.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircSymptomChecklist } from './symptom-checklist.element.js';

describe('<circ-symptom-checklist>', () => {
  useWarnings(); // keeps expected warnings out of the test log

  describe('keyboard', () => {
    it('can be completed and cleared with the keyboard alone', async () => {
      const before = await fixture<HTMLButtonElement>(html`<button>Before</button>`);
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      const focused = () => el.shadowRoot!.activeElement;
      const tab = async (times = 1) => {
        for (let i = 0; i < times; i++) await sendKeys({ press: 'Tab' });
      };
      const key = async (press: string) => {
        await sendKeys({ press });
        await settle(el);
      };
      before.focus();

      await tab();
      expect(focused()).to.equal(control(el, flags, flagLabel('sudden-onset')));
      expect(getComputedStyle(focused()!).outlineStyle).to.equal('solid'); // visible focus
      await tab();
      await key(' ');
      await tab(3);
      expect(focused()).to.equal(control(el, walking, 'Yes'));
      await key(' ');
      expect(focused()).to.equal(control(el, walking, 'Yes'));
      await tab();
      expect(focused()).to.equal(control(el, startsAtRest, 'Yes'));
      await key('ArrowDown');
      await tab();
      await key(' ');
      await tab();
      await key('ArrowDown');
      await tab();
      await key(' ');
      await tab();
      expect(focused()).to.equal(control(el, sites, calf));
      await key(' ');

      expect(el.answers).to.deep.equal({ ...typicalClaudication, redFlags: ['rest-pain'] });
      expect(el.result).to.deep.equal({
        pattern: 'typical',
        grade: 1,
        urgency: 'urgent',
        redFlags: ['rest-pain'],
      });

      // Back with Shift+Tab, then on to the reset button.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused()).to.equal(control(el, eases, followUpQuestions[3]!.yes()));
      await tab(2 + 6);
      expect(focused()).to.equal(button(el, checklistText.reset()));
      await key('Enter');
      expect(el.answers).to.deep.equal(emptyAnswers());
      expect(focused()).to.equal(button(el, checklistText.reset()));
    });
  });
});
