import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CitationController } from '../../citations/citation-controller.js';
import type { CitationsMode } from '../../citations/citation-markers.js';
import { checkedCitations } from '../../citations/citations-mode.js';
import { citationStyles } from '../../citations/citation.styles.js';
import { helpStyles } from '../../base/help.styles.js';
import { CircElement } from '../../base/circ-element.js';
import { enableScriptButtons, untilScript } from '../../base/script-buttons.js';
import { CircCareCard } from '../care-card/care-card.element.js';
import { answerWalkingPain, asksFollowUps } from '../../checklist/answer.js';
import {
  classifyChecklist,
  emptyAnswers,
  normalizeAnswers,
  sameResult,
} from '../../checklist/classify.js';
import type { ChecklistAnswers, ChecklistResult } from '../../checklist/checklist.types.js';
import {
  answersGivenBeforeScript,
  radioAnswer,
  renderFollowUpQuestions,
  renderOpeningQuestions,
  syncQuestionState,
  type QuestionTemplates,
} from './checklist-fields.js';
import {
  answersFromAttribute,
  answersFromFormState,
  checklistFormValue,
  NotJson,
} from './checklist-form.js';
import { checklistFrame, privacyText } from './checklist-frame.js';
import {
  announcementFor,
  renderSummaryAndResult,
  type Announcement,
  type ChecklistAudience,
} from './checklist-result.js';
import { checklistStyles } from './symptom-checklist.styles.js';

const copyAnswers = (answers: ChecklistAnswers): ChecklistAnswers => ({
  ...answers,
  sites: [...answers.sites],
  redFlags: [...answers.redFlags],
});

/**
 * A symptom checklist built on the Edinburgh Claudication Questionnaire (ECQ), with
 * red-flag questions. Each question is a native radio group or set of checkboxes in a
 * `fieldset` with a `legend`. The red-flag questions are always shown, first; the
 * follow-up questions about walking pain appear (without moving focus) once "Do you get
 * pain … when you walk?" is answered yes. When the reader changes that answer to no, the
 * follow-up answers are cleared, so nothing is kept or submitted for questions they can
 * no longer see. Setting `answers` keeps exactly what was set.
 *
 * The result region updates as answers change: the `<circ-care-card>` for the urgency
 * (red flags first), what the answers are consistent with (never "you have"), that this
 * is not a diagnosis and what happens to the answers. Changes are announced through
 * a polite live region, an emergency through an assertive one (`role="alert"`).
 * `audience="clinician"` adds the ECQ classification and grade.
 *
 * Form-associated: inside a `<form>` its value under `name` is the JSON
 * `{"answers": …, "result": …}`; form reset clears the answers; a `disabled` attribute on
 * it or on an enclosing `<fieldset>` disables its questions; the browser can restore its
 * state. Printing shows a summary of the questions and answers with the result, without
 * the controls.
 *
 * Never reassures: a result that does not match the pattern (`none`, `unlikely`,
 * `unable-to-walk`) says that this does not rule out a circulation problem and when to
 * see a GP anyway. The walking-pain question offers "I am unable to walk", as the
 * published questionnaire does; like "No", it hides and clears the follow-up questions.
 *
 * Privacy: the element stores nothing and sends nothing itself. It says so; and when it
 * is a field of a form (`name` set, inside a `<form>`) it says instead that the answers
 * are sent with the form when the reader submits it, which is what then happens.
 *
 * @summary Symptom checklist for leg pain on walking (ECQ) and red flags, with NHS-style signposting.
 *
 * @dependency circ-care-card
 *
 * @slot heading - Replaces the built-in title (phrasing content: it sits inside the heading).
 *
 * @csspart base - The whole checklist.
 * @csspart heading - The heading element (`h2`…`h6`).
 * @csspart form - The questions and the buttons (hidden in print).
 * @csspart result - The result region.
 * @csspart help - Where to get help (999, urgent GP or 111): under the result before any answer, and ending it when no red-flag card shows.
 * @csspart citation - Each citation marker in the result (a link to its source, or to its entry in `<circ-sources>`).
 *
 * @fires {CustomEvent<CiteEventDetail>} circ-cite - A citation marker in the result was activated; `detail.id` is the source id.
 * @fires {CustomEvent<ChecklistResult>} circ-result-change - The reader's input changed `result` (a click, a key, the "Clear all answers" button, a form reset); `detail` is the new result. Setting `answers` or calling `reset()` from code does not fire it, as setting an input's `value` does not fire `change`: read `result` instead.
 */
export class CircSymptomChecklist extends CircElement {
  // Lit's reactive properties (the fields below, with their JSDoc), declared here
  // rather than with decorators, whose helpers every bundle would carry.
  static override properties: PropertyDeclarations = {
    audience: { reflect: true },
    name: { reflect: true },
    citations: { reflect: true },
    current: { state: true },
    disabledByForm: { state: true },
    inForm: { state: true },
    announcement: { state: true },
    answers: { attribute: 'answers', converter: { fromAttribute: answersFromAttribute } },
  };

  /** Makes the element a form control (`ElementInternals`). */
  static formAssociated = true;

  /** The care card of the result: `define()` registers it with the checklist. */
  static override dependencies = { 'circ-care-card': CircCareCard };

  static override styles = [...CircElement.styles, citationStyles, helpStyles, checklistStyles];

  /** Who reads the result: `patient`, or `clinician` (adds the ECQ classification and grade). */
  audience: ChecklistAudience = 'patient';

  /** Form field name; the form receives the JSON `{"answers": …, "result": …}` under it. */
  name = '';

  /**
   * Whether the result's statements show their citation markers: `inline` (default: a
   * short marker after each statement, one keyboard stop, linking to its sources) or
   * `none` (no markers, for patient pages that end with one `<circ-sources>`; the sources
   * stay listed there). Any other value falls back to `inline` with one warning.
   */
  citations: CitationsMode = 'inline';

  /** The checked `citations` that `render()` uses. */
  private renderedCitations: CitationsMode = 'inline';

  private current: ChecklistAnswers = emptyAnswers();
  private disabledByForm = false;
  /** Whether a form owns this element, so submitting it would send the answers. */
  private inForm = false;
  private announcement: Announcement = { text: () => '', assertive: false };
  private currentResult: ChecklistResult = classifyChecklist(emptyAnswers());
  private readonly internals = this.attachInternals();
  /** The question templates this checklist rendered first, kept (see checklist-fields.ts). */
  private readonly questionTemplates: QuestionTemplates = new Map();

  constructor() {
    super();
    // Re-renders the result's citation markers when a <circ-sources> list comes or goes.
    new CitationController(this);
  }

  /**
   * The current answers (a copy; all unanswered at first). Setting them validates them:
   * anything malformed counts as unanswered, with one warning. As an attribute: JSON
   * (`answers='{"walkingPain": true}'`); a value that is not JSON (a framework that set
   * `"[object Object]"` before the element was defined) is ignored with one warning.
   * Setting them fires no `circ-result-change`.
   */
  get answers(): ChecklistAnswers {
    return copyAnswers(this.current);
  }

  set answers(value: ChecklistAnswers) {
    if (value instanceof NotJson) {
      this.warnOnce(
        `answers-attribute:${value.text}`,
        `the answers attribute "${value.text}" is not JSON; it is ignored.`,
      );
      return;
    }
    const { answers, problem } = normalizeAnswers(value);
    if (problem) this.warnOnce(`answers:${problem}`, problem);
    this.commit(answers, 'code');
  }

  /** What the answers mean, `classifyChecklist(answers)` (a copy). Read-only. */
  get result(): ChecklistResult {
    return { ...this.currentResult, redFlags: [...this.currentResult.redFlags] };
  }

  /** Clears every answer, as the "Clear all answers" button does (without the event). */
  reset(): void {
    this.commit(emptyAnswers(), 'code');
  }

  override connectedCallback(): void {
    if (!this.hasUpdated && this.shadowRoot) {
      // A pre-rendered root was built for the answers the page had; see `updated()`.
      this.freshFirstRender = false;
      // A reader may have answered it before our script arrived. Read those answers now,
      // before anything renders: hydration keeps the nodes, but a page that cannot hydrate
      // renders afresh (CircElement), which empties the root.
      this.earlyAnswers = answersGivenBeforeScript(this.shadowRoot);
    }
    super.connectedCallback();
    this.internals.setFormValue(checklistFormValue(this.current, this.currentResult));
  }

  /** @internal Form reset (the reader's reset button, usually): all answers cleared. */
  formResetCallback(): void {
    this.commit(emptyAnswers(), 'reader');
  }

  /** @internal The element joined or left a form. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.inForm = form !== null;
  }

  /** @internal The form or an enclosing `<fieldset>` was disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  /** @internal The browser restores a saved value (history navigation, autofill). */
  formStateRestoreCallback(state: unknown): void {
    this.answers = answersFromFormState(state) as ChecklistAnswers;
  }

  /**
   * Takes `next` as the answers. A change of result is announced to screen readers and
   * fired as `circ-result-change` only when `by` is the reader: what code sets, code
   * reads (`result`), as with native inputs.
   */
  private commit(next: ChecklistAnswers, by: 'reader' | 'code'): void {
    const result = classifyChecklist(next);
    const changed = !sameResult(result, this.currentResult);
    this.current = next;
    this.currentResult = result;
    this.internals.setFormValue(checklistFormValue(next, result));
    if (!changed) return;
    // Nothing stale stays in the live region after code changed the result.
    if (by === 'code') {
      this.announcement = { text: () => '', assertive: false };
      return;
    }
    this.announcement = announcementFor(next, result);
    this.emit('circ-result-change', this.result);
  }

  private onReset(): void {
    this.commit(emptyAnswers(), 'reader');
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const next = copyAnswers(this.current) as unknown as Record<string, unknown>;
    if (input.type === 'checkbox') {
      const list = next[input.name] as string[];
      next[input.name] = input.checked
        ? [...list, input.value]
        : list.filter((item) => item !== input.value);
    } else if (input.name === 'walkingPain') {
      this.commit(answerWalkingPain(this.current, radioAnswer(input)), 'reader');
      return;
    } else {
      next[input.name] = radioAnswer(input);
    }
    this.commit(normalizeAnswers(next).answers, 'reader');
  }

  private onPrint(): void {
    window.print();
  }

  protected override render() {
    const level = this.renderedHeadingLevel;
    const answers = this.current;
    const { text, assertive } = this.announcement;
    // The answers leave the page only as this form field's value, when the form is submitted.
    const privacy = this.name && this.inForm ? 'form' : 'page';
    // One frame template with the text written in (see checklist-frame.ts): only the
    // questions, the buttons' state and listeners, the summary with the result and the live
    // regions are bound.
    return html(
      checklistFrame(level, privacy),
      this.onChange,
      renderOpeningQuestions(this.questionTemplates, answers),
      asksFollowUps(answers) ? renderFollowUpQuestions(this.questionTemplates, answers) : '',
      // Both buttons only work with our script: a server renders them disabled (see
      // base/script-buttons.ts) and firstUpdated turns them on.
      this.disabledByForm || untilScript,
      this.onReset,
      untilScript,
      this.onPrint,
      renderSummaryAndResult(
        answers,
        this.currentResult,
        this.renderedAudience,
        level,
        privacyText(privacy),
        this.renderedCitations,
      ),
      assertive ? '' : text(),
      assertive ? text() : '',
    );
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Hydration keeps the server's disabled buttons (a no-op in a root rendered here). A
    // disabled form keeps the reset button disabled.
    enableScriptButtons(this.renderRoot, this.disabledByForm ? 'button:last-child' : 'button');
    // Answers given before our script arrived (see connectedCallback) are the reader's: they
    // are kept and get their result, instead of the first render clearing the ticks. Not in
    // a disabled form, where the reader could not have given them (a server does not know
    // the form): updated() puts the server's back. Taken once this update is complete (a
    // change inside it would render twice in one update); `updateComplete` waits for it.
    const given = this.earlyAnswers;
    this.earlyAnswers = undefined;
    if (given && !this.disabledByForm) {
      this.earlyCommit = super.getUpdateComplete().then(() => this.commit(given, 'reader'));
    }
  }

  /** The commit of the answers given before our script ran, until it is done. */
  private earlyCommit: Promise<void> | undefined;

  /** Also waits for the answers given before our script ran, and their render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.earlyCommit) return done;
    await this.earlyCommit;
    this.earlyCommit = undefined;
    return super.getUpdateComplete();
  }

  /** Answers the reader gave the pre-rendered root before our script ran, if any. */
  private earlyAnswers: ChecklistAnswers | undefined;

  /** True until the first render, unless the shadow root was pre-rendered. */
  private freshFirstRender = true;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The first render into a new shadow root clones questions built with these answers
    // checked and nothing disabled (checklist-fields.ts): only a disabled form leaves
    // anything to set. Later renders keep their nodes, whose live state may differ.
    const inSync = this.freshFirstRender && !this.disabledByForm;
    this.freshFirstRender = false;
    if (!inSync) syncQuestionState(this.renderRoot, this.current, this.disabledByForm);
  }

  /** The checked `audience` that `render()` shows. */
  private renderedAudience: ChecklistAudience = 'patient';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('audience')) this.renderedAudience = this.checkedAudience();
    if (!this.hasUpdated || changed.has('citations')) {
      this.renderedCitations = checkedCitations(this.citations, (key, message) =>
        this.warnOnce(key, message),
      );
    }
  }

  private checkedAudience(): ChecklistAudience {
    if (this.audience === 'clinician' || this.audience === 'patient') return this.audience;
    this.warnOnce(
      `audience:${String(this.audience)}`,
      `audience "${String(this.audience)}" is not known; using patient.`,
    );
    return 'patient';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'circ-symptom-checklist': CircSymptomChecklist;
  }
  interface HTMLElementEventMap {
    'circ-result-change': CustomEvent<ChecklistResult>;
  }
}
