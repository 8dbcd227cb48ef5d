import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../symptom-checklist.js';
import { classifyChecklist, emptyAnswers } from '../../checklist/classify.js';
import type { ChecklistAnswers } from '../../checklist/checklist.types.js';
import { checklistText } from '../../content/checklist/checklist-text.js';
import { walkingPainQuestion } from '../../content/checklist/questions.js';
import { accessibleText } from '../../test-utils/composed-tree.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircSymptomChecklist } from './symptom-checklist.element.js';

const typicalAnswers: ChecklistAnswers = {
  walkingPain: true,
  startsAtRest: false,
  uphillOrHurrying: true,
  ordinaryPace: true,
  easesWithin10Min: true,
  sites: ['calf', 'thigh'],
  redFlags: ['rest-pain'],
};

/** The radio labelled `label` in the walking-pain question, found as a user finds it. */
function walkingOption(el: CircSymptomChecklist, label: 'Yes' | 'No'): HTMLInputElement {
  const fieldset = Array.from(el.shadowRoot!.querySelectorAll('fieldset')).find(
    (candidate) =>
      accessibleText(candidate.querySelector('legend')!) === walkingPainQuestion.legend(),
  )!;
  const found = Array.from(fieldset.querySelectorAll('label')).find(
    (candidate) => accessibleText(candidate) === label,
  )!;
  return found.control as HTMLInputElement;
}

const submitted = (form: HTMLFormElement, name = 'legs') => {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
};

async function formWithChecklist(attributes = '') {
  const form = await fixture<HTMLFormElement>(html`
    <form>
      <fieldset>
        <legend>Your legs</legend>
        <circ-symptom-checklist name="legs"></circ-symptom-checklist>
      </fieldset>
    </form>
  `);
  const el = form.querySelector('circ-symptom-checklist')!;
  if (attributes) el.setAttribute(attributes, '');
  await el.updateComplete;
  return { form, el, fieldset: form.querySelector('fieldset')! };
}

const innerControls = (el: CircSymptomChecklist) =>
  Array.from(
    el.shadowRoot!.querySelectorAll<HTMLFieldSetElement | HTMLButtonElement>('fieldset, button'),
  ).filter((control) => accessibleText(control) !== checklistText.print());

describe('<circ-symptom-checklist> in a form', () => {
  const warnings = useWarnings();

  it('is form-associated', () => {
    const Checklist = customElements.get('circ-symptom-checklist') as unknown as {
      formAssociated?: boolean;
    };
    expect(Checklist.formAssociated).to.equal(true);
  });

  it('submits {answers, result} as JSON under its name, following the answers', async () => {
    const { form, el } = await formWithChecklist();
    expect(submitted(form)).to.deep.equal({
      answers: emptyAnswers(),
      result: classifyChecklist(emptyAnswers()),
    });

    walkingOption(el, 'Yes').click();
    await el.updateComplete;
    const answers = { ...emptyAnswers(), walkingPain: true };
    expect(submitted(form)).to.deep.equal({ answers, result: classifyChecklist(answers) });

    el.answers = typicalAnswers;
    expect(submitted(form)).to.deep.equal({
      answers: typicalAnswers,
      result: { pattern: 'typical', grade: 2, urgency: 'urgent', redFlags: ['rest-pain'] },
    });
  });

  it('submits nothing without a name, and follows a name set later', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><circ-symptom-checklist></circ-symptom-checklist></form>`,
    );
    expect(Array.from(new FormData(form).keys())).to.deep.equal([]);
    const el = form.querySelector('circ-symptom-checklist')!;
    el.name = 'checklist';
    await el.updateComplete;
    expect(el.getAttribute('name')).to.equal('checklist');
    expect(submitted(form, 'checklist')).to.have.property('answers');
  });

  it('clears the answers when the form is reset', async () => {
    const { form, el } = await formWithChecklist();
    el.answers = typicalAnswers;
    await el.updateComplete;
    const event = oneEvent(el, 'circ-result-change');
    form.reset();
    expect((await event).detail).to.deep.equal(classifyChecklist(emptyAnswers()));
    expect(el.answers).to.deep.equal(emptyAnswers());
    await el.updateComplete;
    expect(walkingOption(el, 'Yes').checked).to.equal(false);
    expect(submitted(form)).to.deep.equal({
      answers: emptyAnswers(),
      result: classifyChecklist(emptyAnswers()),
    });
  });

  it('is disabled by a disabled <fieldset> around it, and enabled again', async () => {
    const { form, el, fieldset } = await formWithChecklist();
    fieldset.disabled = true;
    await el.updateComplete;
    expect(innerControls(el).length).to.be.greaterThan(2);
    for (const control of innerControls(el)) expect(control.disabled).to.equal(true);
    expect(walkingOption(el, 'Yes').matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('legs')).to.equal(false);
    await expect(el).to.be.accessible();

    fieldset.disabled = false;
    await el.updateComplete;
    for (const control of innerControls(el)) expect(control.disabled).to.equal(false);
    expect(new FormData(form).has('legs')).to.equal(true);
  });

  it('starts disabled in a <fieldset> that is disabled before it renders', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <fieldset disabled>
          <circ-symptom-checklist name="legs"></circ-symptom-checklist>
        </fieldset>
      </form>
    `);
    const el = form.querySelector('circ-symptom-checklist')!;
    await el.updateComplete;
    expect(innerControls(el).length).to.be.greaterThan(2);
    for (const control of innerControls(el)) expect(control.disabled).to.equal(true);
  });

  it('is disabled by its own disabled attribute', async () => {
    const { el } = await formWithChecklist('disabled');
    for (const control of innerControls(el)) expect(control.disabled).to.equal(true);
    el.removeAttribute('disabled');
    await el.updateComplete;
    for (const control of innerControls(el)) expect(control.disabled).to.equal(false);
  });

  it('restores the answers the browser saved', async () => {
    const { form, el } = await formWithChecklist();
    const saved = JSON.stringify({
      answers: typicalAnswers,
      result: classifyChecklist(typicalAnswers),
    });
    el.formStateRestoreCallback(saved);
    await el.updateComplete;
    expect(el.answers).to.deep.equal(typicalAnswers);
    expect(walkingOption(el, 'Yes').checked).to.equal(true);
    expect(submitted(form)).to.deep.equal(JSON.parse(saved));
    expect(warnings.messages).to.deep.equal([]);
  });

  it('treats an unreadable saved state as unanswered, with one warning', async () => {
    const { el } = await formWithChecklist();
    el.answers = typicalAnswers;
    expect(() => el.formStateRestoreCallback('{not json')).not.to.throw();
    expect(el.answers).to.deep.equal(emptyAnswers());
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(/^circ-symptom-checklist: /);
  });
});
