/**
 * What the `<circ-symptom-checklist>` tests share: the questions as a reader sees them,
 * ways to answer like a user, and the parts of the result. Each
 * `symptom-checklist.*.test.ts` file tests one behaviour with these.
 */
import type { RedFlag } from '../checklist/checklist.types.js';
import {
  followUpQuestions,
  redFlagQuestion,
  siteQuestion,
  walkingPainQuestion,
} from '../content/checklist/questions.js';
import type { CircCareCard } from '../elements/care-card/care-card.element.js';
import type { CircSymptomChecklist } from '../elements/symptom-checklist/symptom-checklist.element.js';
import { accessibleText } from './composed-tree.js';

export const walking = walkingPainQuestion.legend();
export const [startsAtRest, uphill, ordinaryPace, eases] = followUpQuestions.map((q) => q.legend());
export const sites = siteQuestion.legend();
export const flags = redFlagQuestion.legend();
export const flagLabel = (flag: RedFlag) => redFlagQuestion.options[flag]();
export const calf = siteQuestion.options.calf();

/** The question (fieldset) whose legend reads `legend`, as a screen reader names the group. */
export function question(
  el: CircSymptomChecklist,
  legend: string,
): HTMLFieldSetElement | undefined {
  return Array.from(el.shadowRoot!.querySelectorAll('fieldset')).find(
    (fieldset) => accessibleText(fieldset.querySelector('legend')!) === legend,
  );
}

/** The radio button or checkbox labelled `label` in the question `legend`. */
export function control(el: CircSymptomChecklist, legend: string, label: string): HTMLInputElement {
  const found = Array.from(question(el, legend)!.querySelectorAll('label')).find(
    (candidate) => accessibleText(candidate) === label,
  );
  if (!found) throw new Error(`no option "${label}" in "${legend}"`);
  return found.control as HTMLInputElement;
}

export function button(el: CircSymptomChecklist, name: string): HTMLButtonElement {
  return Array.from(el.shadowRoot!.querySelectorAll('button')).find(
    (candidate) => accessibleText(candidate) === name,
  )!;
}

/** Waits for the checklist and the care card inside it to render. */
export async function settle(el: CircSymptomChecklist): Promise<void> {
  await el.updateComplete;
  for (const card of el.shadowRoot!.querySelectorAll<CircCareCard>('circ-care-card')) {
    await card.updateComplete;
  }
}

/** Answers like a user: a click on the option with that label. */
export async function choose(
  el: CircSymptomChecklist,
  legend: string,
  label: string,
): Promise<void> {
  control(el, legend, label).click();
  await settle(el);
}

export const legends = (el: CircSymptomChecklist) =>
  Array.from(el.shadowRoot!.querySelectorAll('legend')).map((legend) => accessibleText(legend));
export const resultRegion = (el: CircSymptomChecklist) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part~="result"]')!;
export const cardOf = (el: CircSymptomChecklist) =>
  el.shadowRoot!.querySelector<CircCareCard>('circ-care-card');
export const liveText = (el: CircSymptomChecklist, role: 'status' | 'alert') =>
  el.shadowRoot!.querySelector(`[role="${role}"]`)!.textContent!.trim();
