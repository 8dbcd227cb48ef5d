import { html, type TemplateResult } from 'lit';
import { escapeHtml } from '../../base/escape-html.js';
import { activeLocale } from '../../base/locale.js';
import { templateStrings } from '../../base/static-template.js';
import { answerWalkingPain } from '../../checklist/answer.js';
import { normalizeAnswers } from '../../checklist/classify.js';
import {
  redFlagNames,
  siteNames,
  unableToWalk,
  type ChecklistAnswers,
  type WalkingPainAnswer,
} from '../../checklist/checklist.types.js';
import {
  followUpQuestions,
  redFlagQuestion,
  siteQuestion,
  walkingPainQuestion,
  type ChoiceQuestionContent,
  type TriStateQuestionContent,
} from '../../content/checklist/questions.js';

// The questions are the same for every checklist in a language; only which options are
// checked and whether the groups are disabled change. So the questions are two templates
// (those always asked, and the follow-ups asked after a yes) of static markup (escaped
// text) with no binding at all: no part, nested template or comment marker per question
// or option (each binding cost every instance; per-instance work is the render budget,
// issue 12). After every render the element sets each input's live `checked` and each
// group's `disabled` from its state (`syncQuestionState`).
//
// The markup writes the `checked` attribute of the options checked when it is built, so
// a server render shows the answers it was given, and hydration finds the same markup.
// Each element keeps the templates it built first (per language), so later renders
// update the same nodes: the attribute is then only an input's default state, and the
// live state is what the element sets.

interface Option {
  readonly type: 'radio' | 'checkbox';
  readonly value: string;
  readonly label: () => string;
}

interface Question {
  /** The field name of every option, and the id stem of the hint. */
  readonly key: string;
  readonly legend: () => string;
  readonly hint?: () => string;
  /** Whether the hint tells what only our script does (see `.needs-script`). */
  readonly hintNeedsScript?: boolean;
  readonly options: readonly Option[];
}

function triState(question: TriStateQuestionContent): Question {
  const { key, legend, hint, hintNeedsScript, yes, no, unable } = question;
  const options: Option[] = [
    { type: 'radio', value: 'yes', label: yes },
    { type: 'radio', value: 'no', label: no },
  ];
  if (unable) options.push({ type: 'radio', value: 'unable', label: unable });
  return { key, legend, hint, hintNeedsScript, options };
}

function choice<T extends string>(
  key: string,
  question: ChoiceQuestionContent<T>,
  names: readonly T[],
): Question {
  const { legend, hint } = question;
  const options = names.map((name): Option => {
    return { type: 'checkbox', value: name, label: question.options[name] };
  });
  return { key, legend, hint, options };
}

/** Whether the option `value` of the question `name` is checked in `answers`. */
function isChecked(answers: ChecklistAnswers, name: string, value: string): boolean {
  const answer = (answers as unknown as Record<string, unknown>)[name];
  if (Array.isArray(answer)) return answer.includes(value);
  if (answer === true) return value === 'yes';
  if (answer === false) return value === 'no';
  return answer === value;
}

/** The markup of `questions`, each a `fieldset` with native options, `answers` checked. */
function questionMarkup(questions: readonly Question[], answers: ChecklistAnswers): string {
  let markup = '';
  for (const { key, legend, hint, hintNeedsScript, options } of questions) {
    const hintText = hint?.();
    const hintId = escapeHtml(`${key}-hint`);
    const describedBy = hintText ? ` aria-describedby="${hintId}"` : '';
    markup += `<fieldset class="question"${describedBy}><legend>${escapeHtml(legend())}</legend>`;
    const hintClass = hintNeedsScript ? 'hint needs-script' : 'hint';
    if (hintText) markup += `<p class="${hintClass}" id="${hintId}">${escapeHtml(hintText)}</p>`;
    for (const option of options) {
      const checked = isChecked(answers, key, option.value) ? ' checked' : '';
      markup += ` <label class="option"><input type="${option.type}" name="${escapeHtml(key)}" value="${escapeHtml(option.value)}"${checked} /><span>${escapeHtml(option.label())}</span></label>`;
    }
    markup += ' </fieldset> ';
  }
  return markup;
}

/**
 * The templates one checklist has rendered, by section and language: it keeps them, so
 * that a render after the reader's answer updates the nodes it has (focus stays put).
 */
export type QuestionTemplates = Map<string, TemplateStringsArray>;

/** The template last built for each section and language, shared by the next checklist. */
const latest = new Map<
  string,
  { readonly answers: string; readonly strings: TemplateStringsArray }
>();

/**
 * A section of questions as one template without bindings: the one `kept` holds for this
 * section and language, or else one built with `answers` checked (shared with any other
 * checklist that starts with the same answers). `describe` is called only to build.
 */
function section(
  kept: QuestionTemplates,
  name: string,
  describe: () => readonly Question[],
  answers: ChecklistAnswers,
): TemplateResult {
  const key = `${name} ${activeLocale()}`;
  let strings = kept.get(key);
  if (!strings) {
    const answered = JSON.stringify(answers);
    let built = latest.get(key);
    if (built?.answers !== answered) {
      const markup = questionMarkup(describe(), answers);
      latest.set(key, (built = { answers: answered, strings: templateStrings([markup]) }));
    }
    kept.set(key, (strings = built.strings));
  }
  return html(strings);
}

/**
 * The questions always asked: the red flags (checkboxes), then whether walking brings on
 * leg pain (a radio group, with "I am unable to walk").
 */
export function renderOpeningQuestions(
  kept: QuestionTemplates,
  answers: ChecklistAnswers,
): TemplateResult {
  return section(
    kept,
    'opening',
    () => [choice('redFlags', redFlagQuestion, redFlagNames), triState(walkingPainQuestion)],
    answers,
  );
}

/** The follow-up questions, asked once walking brings on pain: yes/no groups, then sites. */
export function renderFollowUpQuestions(
  kept: QuestionTemplates,
  answers: ChecklistAnswers,
): TemplateResult {
  return section(
    kept,
    'follow-ups',
    () => [...followUpQuestions.map(triState), choice('sites', siteQuestion, siteNames)],
    answers,
  );
}

/**
 * After a render: sets each input's live checked state from `answers` and each question
 * group's `disabled` (a disabled form or fieldset around the checklist). Once the reader
 * has touched an input its attribute no longer moves it, and the templates are kept from
 * the first render, so the live state is always set here.
 */
export function syncQuestionState(
  root: ParentNode,
  answers: ChecklistAnswers,
  disabled: boolean,
): void {
  // Only what differs is written: a write, even of the same value, can cost a style pass.
  for (const group of root.querySelectorAll('fieldset')) {
    if (group.disabled !== disabled) group.disabled = disabled;
  }
  for (const input of root.querySelectorAll('input')) {
    const checked = isChecked(answers, input.name, input.value);
    if (input.checked !== checked) input.checked = checked;
  }
}

/** The answer a checked radio option gives: yes, no, or "I am unable to walk". */
export function radioAnswer(input: HTMLInputElement): WalkingPainAnswer {
  return input.value === unableToWalk ? unableToWalk : input.value === 'yes';
}

/**
 * The answers the inputs under `root` show, if the reader changed any: those a reader
 * gave a pre-rendered checklist before our script ran (the inputs work without script;
 * only the result needs it). The server wrote its answers as `checked` attributes, so an
 * input whose live state differs from its attribute (`defaultChecked`) was the reader's.
 * `undefined` when the reader changed nothing.
 */
export function answersGivenBeforeScript(root: ParentNode): ChecklistAnswers | undefined {
  const inputs = [...root.querySelectorAll('input')];
  if (inputs.every((input) => input.checked === input.defaultChecked)) return undefined;
  const given: Record<string, unknown> = { redFlags: [], sites: [] };
  for (const input of inputs) {
    if (!input.checked) continue;
    if (input.type === 'checkbox') (given[input.name] as string[]).push(input.value);
    else given[input.name] = radioAnswer(input);
  }
  const shown = normalizeAnswers(given).answers;
  // A no or "unable" given after a server-rendered yes clears the follow-ups, as on screen.
  return shown.walkingPain === null ? shown : answerWalkingPain(shown, shown.walkingPain);
}
