import { unsafeStatic } from 'lit/static-html.js';
import { escapeHtml } from '../../base/escape-html.js';
import { staticTemplate } from '../../base/static-template.js';
import type {
  ChoiceQuestionContent,
  TriStateQuestionContent,
} from '../../content/checklist/questions.js';

// The questions are the same for every checklist in a language; only which options are
// checked and whether the group is disabled change. So each question is one template:
// static markup (escaped text) around one binding per option's checked state and one for
// the group's disabled state, rather than a nested template per option.

interface Option {
  readonly type: 'radio' | 'checkbox';
  readonly name: string;
  readonly value: string;
  readonly label: string;
  readonly checked: boolean;
}

/** A question as a `fieldset` with its legend, hint and native options. */
function questionGroup(
  key: string,
  legend: string,
  hint: string | undefined,
  disabled: boolean,
  options: readonly Option[],
) {
  const hintId = escapeHtml(`${key}-hint`);
  const describedBy = hint ? ` aria-describedby="${hintId}"` : '';
  const hintMarkup = hint ? `<p class="hint" id="${hintId}">${escapeHtml(hint)}</p>` : '';
  return staticTemplate([
    unsafeStatic(`<fieldset class="question"${describedBy} ?disabled=`),
    disabled,
    unsafeStatic(`><legend>${escapeHtml(legend)}</legend>${hintMarkup} `),
    ...options.flatMap((option) => [
      unsafeStatic(
        `<label class="option"><input type="${option.type}" name="${escapeHtml(option.name)}" value="${escapeHtml(option.value)}" .checked=`,
      ),
      option.checked,
      unsafeStatic(` /><span>${escapeHtml(option.label)}</span></label> `),
    ]),
    unsafeStatic('</fieldset>'),
  ]);
}

/**
 * A yes/no question as a radio group (plus "I am unable to walk" where the question has
 * that answer); no radio is checked while it is unanswered.
 */
export function renderTriState(
  question: TriStateQuestionContent,
  value: boolean | 'unable' | null,
  disabled: boolean,
) {
  const radio = (answer: string, label: string, checked: boolean): Option => ({
    type: 'radio',
    name: question.key,
    value: answer,
    label,
    checked,
  });
  const options = [
    radio('yes', question.yes(), value === true),
    radio('no', question.no(), value === false),
    ...(question.unable ? [radio('unable', question.unable(), value === 'unable')] : []),
  ];
  return questionGroup(question.key, question.legend(), question.hint?.(), disabled, options);
}

/** A tick-all-that-apply question as a group of checkboxes, one per name. */
export function renderChoice<T extends string>(
  key: 'sites' | 'redFlags',
  question: ChoiceQuestionContent<T>,
  names: readonly T[],
  selected: readonly T[],
  disabled: boolean,
) {
  const options = names.map((name): Option => ({
    type: 'checkbox',
    name: key,
    value: name,
    label: question.options[name](),
    checked: selected.includes(name),
  }));
  return questionGroup(key, question.legend(), question.hint(), disabled, options);
}
