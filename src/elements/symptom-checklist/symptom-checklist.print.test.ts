import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../symptom-checklist.js';
import { checklistText } from '../../content/checklist/checklist-text.js';
import { followUpQuestions } from '../../content/checklist/questions.js';
import { typicalClaudication } from '../../fixtures/symptom-checklist.fixtures.js';
import {
  button,
  calf,
  eases,
  flagLabel,
  flags,
  ordinaryPace,
  settle,
  sites,
  startsAtRest,
  uphill,
  walking,
} from '../../test-utils/checklist-test-helpers.js';
import { accessibleText, headingsIn } from '../../test-utils/composed-tree.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircSymptomChecklist } from './symptom-checklist.element.js';

// emulateMedia reaches the browser over the Chrome DevTools Protocol, which only the
// Chromium launcher offers (Firefox runs over WebDriver BiDi, WebKit over WebDriver).
const isChromium = /Chrome\//.test(navigator.userAgent);

describe('<circ-symptom-checklist>', () => {
  useWarnings(); // keeps expected warnings out of the test log

  describe('print', () => {
    it('the print button opens the browser print dialog', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      const original = window.print;
      let printed = 0;
      window.print = () => {
        printed++;
      };
      try {
        button(el, checklistText.print()).click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });

    it('keeps the summary of answers out of the page on screen', async () => {
      const el = await fixture<CircSymptomChecklist>(html`
        <circ-symptom-checklist
          .answers=${{ ...typicalClaudication, ordinaryPace: null }}
        ></circ-symptom-checklist>
      `);
      expect(headingsIn(el).map((h) => h.name)).not.to.contain(checklistText.summaryHeading());
      expect(accessibleText(el)).not.to.contain('Not answered');
    });

    (isChromium ? describe : describe.skip)('printed (Chromium only: emulateMedia)', () => {
      afterEach(() => emulateMedia({ media: 'screen' }));

      it('prints the questions with the answers and the result, without controls', async () => {
        const el = await fixture<CircSymptomChecklist>(html`
          <circ-symptom-checklist
            .answers=${{ ...typicalClaudication, ordinaryPace: null, redFlags: ['rest-pain'] }}
          ></circ-symptom-checklist>
        `);
        await settle(el);
        await emulateMedia({ media: 'print' });
        const form = el.shadowRoot!.querySelector('[part~="form"]')!;
        expect(getComputedStyle(form).display).to.equal('none');
        const text = accessibleText(el);
        expect(text).to.contain(
          `${checklistText.summaryHeading()} ${flags} ${flagLabel('rest-pain')} ${walking} Yes ${startsAtRest} No ${uphill} Yes ${ordinaryPace} Not answered ${eases} ${followUpQuestions[3]!.yes()} ${sites} ${calf}`,
        );
        expect(text).to.contain('Urgent advice: Ask for an urgent GP appointment or call 111');
        expect(text).to.contain('This is not a diagnosis.');
        expect(el.shadowRoot!.querySelectorAll('input, button').length).to.be.greaterThan(0);
        for (const control of el.shadowRoot!.querySelectorAll('input, button')) {
          expect((control as HTMLElement).getClientRects().length).to.equal(0);
        }
      });
    });
  });
});
