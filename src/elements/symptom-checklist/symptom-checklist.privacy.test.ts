import { expect, fixture, html } from '@open-wc/testing';
import '../../symptom-checklist.js';
import { checklistText } from '../../content/checklist/checklist-text.js';
import { followUpQuestions } from '../../content/checklist/questions.js';
import {
  button,
  calf,
  choose,
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
import { accessibleText } from '../../test-utils/composed-tree.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircSymptomChecklist } from './symptom-checklist.element.js';

describe('<circ-symptom-checklist>', () => {
  useWarnings(); // keeps expected warnings out of the test log

  describe('privacy', () => {
    it('says the answers are neither stored nor sent when it is not a form field', async () => {
      const cases = [
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
        html`<circ-symptom-checklist name="legs"></circ-symptom-checklist>`,
        html`<form><circ-symptom-checklist></circ-symptom-checklist></form>`,
      ];
      for (const template of cases) {
        const root = await fixture<HTMLElement>(template);
        const el = (root.querySelector('circ-symptom-checklist') ?? root) as CircSymptomChecklist;
        await choose(el, walking, 'No');
        const text = accessibleText(el);
        expect(text).to.contain(
          'This checklist does not store your answers or send them anywhere.',
        );
        expect(text).not.to.contain(checklistText.privacyInForm());
      }
    });

    it('says the answers are sent with the form when it is a named form field', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><circ-symptom-checklist name="legs"></circ-symptom-checklist></form>
      `);
      const el = form.querySelector('circ-symptom-checklist')!;
      await choose(el, walking, 'No');
      const said = checklistText.privacyInForm();
      expect(said).to.equal(
        'This checklist does not store your answers. They are sent only with this form, when you submit it.',
      );
      // Said in the introduction and again with the result.
      expect(accessibleText(el).split(said)).to.have.length(3);
      expect(accessibleText(el)).not.to.contain(checklistText.privacy());
      // …and it is true: the form's data holds the answers.
      expect(new FormData(form).get('legs')).to.contain('"walkingPain":false');
      form.removeChild(el);
      document.body.append(el);
      await el.updateComplete;
      expect(accessibleText(el)).to.contain(checklistText.privacy());
      el.remove();
    });

    it('stores nothing and sends nothing while it is filled in, reset and printed', async () => {
      const calls: string[] = [];
      const restore: (() => void)[] = [];
      const spy = (owner: object, name: string) => {
        const target = owner as Record<string, unknown>;
        const own = Object.getOwnPropertyDescriptor(target, name);
        target[name] = (..._args: unknown[]) => {
          calls.push(name);
        };
        restore.push(() => {
          if (own) Object.defineProperty(target, name, own);
          else delete target[name];
        });
      };
      spy(window, 'fetch');
      spy(XMLHttpRequest.prototype, 'open');
      spy(navigator, 'sendBeacon');
      spy(Storage.prototype, 'setItem');
      spy(indexedDB, 'open');
      spy(window, 'print');
      const storedBefore = [window.localStorage.length, window.sessionStorage.length];
      const cookiesBefore = document.cookie;
      const requestsBefore = performance.getEntriesByType('resource').length;
      try {
        const el = await fixture<CircSymptomChecklist>(html`
          <form><circ-symptom-checklist name="legs"></circ-symptom-checklist></form>
        `).then((form) => form.querySelector('circ-symptom-checklist')!);
        await choose(el, flags, flagLabel('rest-pain'));
        await choose(el, walking, 'Yes');
        await choose(el, startsAtRest, 'No');
        await choose(el, uphill, 'Yes');
        await choose(el, ordinaryPace, 'Yes');
        await choose(el, eases, followUpQuestions[3]!.yes());
        await choose(el, sites, calf);
        expect(el.result.pattern).to.equal('typical');
        button(el, checklistText.print()).click();
        button(el, checklistText.reset()).click();
        await settle(el);
      } finally {
        restore.forEach((undo) => undo());
      }
      expect(calls).to.deep.equal(['print']);
      expect([window.localStorage.length, window.sessionStorage.length]).to.deep.equal(
        storedBefore,
      );
      expect(document.cookie).to.equal(cookiesBefore);
      expect(performance.getEntriesByType('resource').length).to.equal(requestsBefore);
    });
  });
});
