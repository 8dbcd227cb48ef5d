import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The registration entry, as partners import it: defines <circ-symptom-checklist> and
// the <circ-care-card> it renders.
import '../src/symptom-checklist.ts';
import { storyOf } from '../src/fixtures/example.js';
import { paper, showPrintLayout } from './support/print-layout.js';
import {
  checklistFixtures,
  type ChecklistArgs,
} from '../src/fixtures/symptom-checklist.fixtures.js';

// The states come from the shared examples, which the tests render too.
const story = (name: keyof typeof checklistFixtures.examples): Story =>
  storyOf(checklistFixtures, name);
const renderChecklist = (args: ChecklistArgs) => checklistFixtures.render(args);
/** Shows the checklist's print rules on screen (see support/print-layout.ts). */
const printLayout = (container?: Element) => showPrintLayout('circ-symptom-checklist', container);

const meta = {
  title: 'Elements/Symptom checklist',
  component: 'circ-symptom-checklist',
  tags: ['autodocs'],
  args: checklistFixtures.defaults,
  render: renderChecklist,
} satisfies Meta<ChecklistArgs>;

export default meta;
type Story = StoryObj<ChecklistArgs>;

/** Nothing answered yet: the red-flag question and the walking question. */
export const Unanswered: Story = story('unanswered');

/** Answers matching the usual pattern of intermittent claudication: "See a GP". */
export const Routine: Story = story('routine');

/** A red flag (pain at rest) with walking pain: the urgent card comes first. */
export const Urgent: Story = story('urgent');

/** A sudden painful, pale or cold leg: "Call 999 or go to A&E now", announced assertively. */
export const Emergency: Story = story('emergency');

/**
 * No leg pain on walking and no red flags: no care card, but never reassurance. It says
 * this does not rule out a circulation problem, and when to see a GP anyway.
 */
export const NoWalkingPain: Story = story('noWalkingPain');

/** The pattern does not match: "does not rule out" and the non-urgent "See a GP" card. */
export const PatternNotMatched: Story = story('patternNotMatched');

/** Pain in the thigh and buttock, not the calf: the atypical pattern, and "See a GP". */
export const Atypical: Story = story('atypical');

/**
 * "I am unable to walk", the published questionnaire's third answer: the follow-up
 * questions stay hidden, the result cannot check the pattern, and the card says see a GP.
 */
export const UnableToWalk: Story = story('unableToWalk');

/** Clinicians also see the ECQ classification and grade. */
export const Clinician: Story = story('clinician');

/** A clinician sees what is still missing before the ECQ can classify. */
export const ClinicianIncomplete: Story = story('clinicianIncomplete');

/**
 * The answers written as JSON in the `answers` attribute, as a CMS or a page without a
 * script of its own can write them: the same result as setting the property.
 */
export const AnswersFromAttribute: Story = story('answersFromAttribute');

/**
 * `answers="[object Object]"`, what a framework writes when it sets an object as an
 * attribute before the element is defined: ignored, nothing is answered, and the console
 * has one warning starting with `circ-symptom-checklist:`.
 */
export const AnswersNotJson: Story = story('answersNotJson');

/**
 * `audience="nobody"` is not `patient` or `clinician`: the patient view, and one warning
 * starting with `circ-symptom-checklist:`.
 */
export const UnknownAudience: Story = story('unknownAudience');

/**
 * Form-associated: "Send" shows what the form would submit under `name` (here it only
 * writes it below; nothing is sent). "Reset" clears the answers; the disabled fieldset
 * disables the checklist. As a named form field, the checklist tells the reader that the
 * answers are sent with the form when it is submitted.
 */
export const InsideAForm: Story = {
  args: { name: 'leg-symptoms' },
  render: (args) => {
    const show = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      form.querySelector('output')!.value = String(new FormData(form).get(args.name) ?? '');
    };
    const toggle = (event: Event) => {
      const box = event.currentTarget as HTMLInputElement;
      box.closest('form')!.querySelector('fieldset')!.disabled = box.checked;
    };
    return html`
      <form @submit=${show}>
        <label><input type="checkbox" @change=${toggle} /> Disable the fieldset</label>
        <fieldset>
          <legend>Before your appointment</legend>
          ${renderChecklist(args)}
        </fieldset>
        <button>Send</button> <button type="reset">Reset</button>
        <p>Form value: <output></output></p>
      </form>
    `;
  },
};

/**
 * The printed summary for an appointment: the questions with the answers given and the
 * result, without the controls, with borders instead of colour. Printing the page shows
 * the same; here the elements' own `@media print` rules are applied on screen, on a white
 * sheet whatever the theme (print is black on paper).
 */
export const PrintedView: Story = {
  ...story('summaryForPrint'),
  render: (args) =>
    html`<div style=${styleMap(paper)} ${ref(printLayout)}>${renderChecklist(args)}</div>`,
};
