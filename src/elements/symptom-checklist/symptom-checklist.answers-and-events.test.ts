import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../symptom-checklist.js';
import { classifyChecklist, emptyAnswers } from '../../checklist/classify.js';
import type { ChecklistAnswers, ChecklistResult } from '../../checklist/checklist.types.js';
import { checklistText } from '../../content/checklist/checklist-text.js';
import { siteQuestion } from '../../content/checklist/questions.js';
import { typicalClaudication } from '../../fixtures/symptom-checklist.fixtures.js';
import {
  button,
  cardOf,
  choose,
  flagLabel,
  flags,
  legends,
  liveText,
  settle,
  sites,
  startsAtRest,
  walking,
} from '../../test-utils/checklist-test-helpers.js';
import { describeNode } from '../../test-utils/composed-tree.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircSymptomChecklist } from './symptom-checklist.element.js';

describe('<circ-symptom-checklist>', () => {
  const warnings = useWarnings();

  describe('answers, result and events', () => {
    it('fires circ-result-change with the new result, only when the result changes', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      const details: ChecklistResult[] = [];
      const listener = (event: HTMLElementEventMap['circ-result-change']) => {
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        details.push(event.detail);
      };
      document.body.addEventListener('circ-result-change', listener);
      try {
        const event = oneEvent(el, 'circ-result-change');
        await choose(el, walking, 'Yes');
        expect((await event).detail).to.deep.equal(el.result);
        expect(details).to.deep.equal([
          { pattern: 'incomplete', grade: null, urgency: 'routine', redFlags: [] },
        ]);
        await choose(el, sites, siteQuestion.options.shin()); // still incomplete and routine
        await choose(el, startsAtRest, 'No');
        expect(details).to.have.length(1);
        // What code sets, code reads: no event, as setting an input's value fires no change.
        el.answers = typicalClaudication;
        el.reset();
        el.answers = typicalClaudication;
        expect(details).to.have.length(1);
        expect(el.result).to.deep.equal(classifyChecklist(typicalClaudication));
        // The reader's next change fires again, with the result the reader now sees.
        await choose(el, flags, flagLabel('rest-pain'));
        expect(details).to.have.length(2);
        expect(details[1]).to.deep.equal(el.result);
        expect(details[1]!.urgency).to.equal('urgent');
      } finally {
        document.body.removeEventListener('circ-result-change', listener);
      }
    });

    it('fires the first event however a framework orders answers and listener', async () => {
      // answers set before the listener exists (React sets props before it adds handlers)
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist .answers=${typicalClaudication}></circ-symptom-checklist>`,
      );
      const event = oneEvent(el, 'circ-result-change');
      await choose(el, flags, flagLabel('sudden-onset'));
      expect((await event).detail.urgency).to.equal('emergency');
    });

    it('reads answers from a JSON attribute, and ignores one that is not JSON with one warning', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist answers='{"walkingPain": "unable"}'></circ-symptom-checklist>`,
      );
      expect(el.answers).to.deep.equal({ ...emptyAnswers(), walkingPain: 'unable' });
      expect(el.result.pattern).to.equal('unable-to-walk');
      el.setAttribute('answers', '[object Object]');
      el.setAttribute('answers', '[object Object]');
      expect(el.answers.walkingPain).to.equal('unable');
      expect(warnings.messages).to.deep.equal([
        'circ-symptom-checklist: the answers attribute "[object Object]" is not JSON; it is ignored.',
      ]);
      el.removeAttribute('answers');
      expect(el.answers).to.deep.equal(emptyAnswers());
      expect(warnings.messages).to.have.length(1);
    });

    it('validates JSON from the attribute like any answers', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist
          answers='{"sites": ["calf", "knee"]}'
        ></circ-symptom-checklist>`,
      );
      expect(el.answers.sites).to.deep.equal(['calf']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('sites has unknown item "knee"');
    });

    it('gives copies: changing what `answers` or `result` returned changes nothing', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist .answers=${typicalClaudication}></circ-symptom-checklist>`,
      );
      el.answers.sites.push('foot');
      el.result.redFlags.push('rest-pain');
      expect(el.answers.sites).to.deep.equal(['calf']);
      expect(el.result.redFlags).to.deep.equal([]);
      expect(typicalClaudication.sites).to.deep.equal(['calf']);
    });

    it('treats malformed answers as unanswered with one warning, never throwing', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist .answers=${typicalClaudication}></circ-symptom-checklist>`,
      );
      for (const garbage of ['yes', null, 42, { walkingPain: 'yes', sites: 'calf' }]) {
        expect(() => {
          el.answers = garbage as unknown as ChecklistAnswers;
        }).not.to.throw();
        await settle(el);
        expect(el.answers).to.deep.equal(emptyAnswers());
      }
      el.answers = 'yes' as unknown as ChecklistAnswers; // the same problem again: no new warning
      expect(warnings.messages).to.have.length(4);
      for (const message of warnings.messages) {
        expect(message).to.match(/^circ-symptom-checklist: .*count as unanswered\.$/);
      }
      el.answers = {
        ...typicalClaudication,
        sites: ['calf', 'knee'],
      } as unknown as ChecklistAnswers;
      expect(el.answers).to.deep.equal(typicalClaudication);
      expect(warnings.messages[4]).to.contain('sites has unknown item "knee"');
    });

    it('clears every answer with the reset button, and says so', async () => {
      const el = await fixture<CircSymptomChecklist>(html`
        <circ-symptom-checklist
          .answers=${{ ...typicalClaudication, redFlags: ['rest-pain'] }}
        ></circ-symptom-checklist>
      `);
      const event = oneEvent(el, 'circ-result-change');
      button(el, checklistText.reset()).click();
      await settle(el);
      expect((await event).detail).to.deep.equal(classifyChecklist(emptyAnswers()));
      expect(el.answers).to.deep.equal(emptyAnswers());
      expect(legends(el)).to.deep.equal([flags, walking]);
      for (const input of el.shadowRoot!.querySelectorAll('input')) {
        expect(input.checked).to.equal(false);
      }
      expect(describeNode(cardOf(el))).to.equal('null');
      expect(liveText(el, 'status')).to.equal(checklistText.cleared());
    });
  });
});
