import { html, type TemplateResult } from 'lit';
import { escapeHtml } from '../../base/escape-html.js';
import { activeLocale } from '../../base/locale.js';
import { templateStrings } from '../../base/static-template.js';
import { redFlagNames, siteNames, type ChecklistAnswers } from '../../checklist/checklist.types.js';
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
// (those always asked, and the follow-ups asked after a yes), each built once per
// language and shared by every checklist: static markup (escaped text) around one
// binding per group's disabled state and one per option's checked state. Nothing is
// rebuilt on a render, and there is no nested template (and no comment markers) per
// question or option.
//
// The checked state is bound as the `checked` attribute, which a server render writes
// only when true (`@lit-labs/ssr` would write `.checked=${false}` as checked="false",
// which checks the box). The attribute is only an input's default state, so the element
// also sets each input's live `checked` from it after every render (`syncCheckedState`).

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
  readonly options: readonly Option[];
}

type TriState = boolean | 'unable' | null;

function triState(question: TriStateQuestionContent): Question {
  const { key, legend, hint, yes, no, unable } = question;
  const options: Option[] = [
    { type: 'radio', value: 'yes', label: yes },
    { type: 'radio', value: 'no', label: no },
  ];
  if (unable) options.push({ type: 'radio', value: 'unable', label: unable });
  return { key, legend, hint, options };
}

/** Which radio of a yes/no question is checked: none while it is unanswered. */
function triStateChecked(question: TriStateQuestionContent, value: TriState): boolean[] {
  const checked = [value === true, value === false];
  if (question.unable) checked.push(value === 'unable');
  return checked;
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

/** The markup of `questions`, each a `fieldset` with native options, split at its bindings. */
function questionPieces(questions: readonly Question[]): string[] {
  const pieces = [''];
  const append = (markup: string) => (pieces[pieces.length - 1] += markup);
  for (const { key, legend, hint, options } of questions) {
    const hintText = hint?.();
    const hintId = escapeHtml(`${key}-hint`);
    const describedBy = hintText ? ` aria-describedby="${hintId}"` : '';
    append(`<fieldset class="question"${describedBy} ?disabled=`);
    pieces.push(`><legend>${escapeHtml(legend())}</legend>`);
    if (hintText) append(`<p class="hint" id="${hintId}">${escapeHtml(hintText)}</p>`);
    for (const option of options) {
      append(
        ` <label class="option"><input type="${option.type}" name="${escapeHtml(key)}" value="${escapeHtml(option.value)}" ?checked=`,
      );
      pieces.push(` /><span>${escapeHtml(option.label())}</span></label>`);
    }
    append(' </fieldset> ');
  }
  return pieces;
}

/** Each section's template strings, per language (at most four of each). */
const built = new Map<string, TemplateStringsArray>();

/**
 * A section of questions as one template; `describe` is called only when its markup is
 * built (once per language). `values` are the bindings in order: per question, whether
 * it is disabled, then whether each option is checked.
 */
function section(
  name: string,
  describe: () => readonly Question[],
  values: readonly boolean[],
): TemplateResult {
  const key = `${name} ${activeLocale()}`;
  let strings = built.get(key);
  if (!strings) built.set(key, (strings = templateStrings(questionPieces(describe()))));
  return html(strings, ...values);
}

/**
 * The questions always asked: the red flags (checkboxes), then whether walking brings on
 * leg pain (a radio group, with "I am unable to walk").
 */
export function renderOpeningQuestions(
  answers: ChecklistAnswers,
  disabled: boolean,
): TemplateResult {
  return section(
    'opening',
    () => [choice('redFlags', redFlagQuestion, redFlagNames), triState(walkingPainQuestion)],
    [
      disabled,
      ...redFlagNames.map((name) => answers.redFlags.includes(name)),
      disabled,
      ...triStateChecked(walkingPainQuestion, answers.walkingPain),
    ],
  );
}

/** The follow-up questions, asked once walking brings on pain: yes/no groups, then sites. */
export function renderFollowUpQuestions(
  answers: ChecklistAnswers,
  disabled: boolean,
): TemplateResult {
  const values: boolean[] = [];
  for (const question of followUpQuestions) {
    values.push(disabled, ...triStateChecked(question, answers[question.key]));
  }
  values.push(disabled, ...siteNames.map((name) => answers.sites.includes(name)));
  return section(
    'follow-ups',
    () => [...followUpQuestions.map(triState), choice('sites', siteQuestion, siteNames)],
    values,
  );
}

/**
 * Sets each input's live checked state to its `checked` attribute (what the answers say),
 * after a render: once the reader has touched an input, the attribute alone no longer
 * moves it (a cleared answer would stay ticked on screen).
 */
export function syncCheckedState(root: ParentNode): void {
  for (const input of root.querySelectorAll('input')) input.checked = input.hasAttribute('checked');
}
