import { nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { escapeHtml } from '../../base/escape-html.js';
import type {
  ChoiceQuestionContent,
  TriStateQuestionContent,
} from '../../content/checklist/questions.js';

// The questions are the same for every checklist in a language; only which options are
// checked and whether the group is disabled change. So the markup around those two
// bindings is static (escaped text spliced into the template strings, which Lit caches),
// rather than a binding per attribute and label on every option of every checklist.

/** One native radio button or checkbox with its visible label wrapped around it. */
function option(
  type: 'radio' | 'checkbox',
  name: string,
  value: string,
  label: string,
  checked: boolean,
) {
  const input = `<label class="option"><input type="${type}" name="${escapeHtml(name)}" value="${escapeHtml(value)}"`;
  const rest = ` /><span>${escapeHtml(label)}</span></label> `;
  return staticHtml`${unsafeStatic(input)} .checked=${checked}${unsafeStatic(rest)}`;
}

function questionGroup(
  key: string,
  legend: string,
  hint: string | undefined,
  disabled: boolean,
  options: unknown,
) {
  const hintId = `${key}-hint`;
  const describedBy = hint ? ` aria-describedby="${escapeHtml(hintId)}"` : '';
  const heading =
    `<legend>${escapeHtml(legend)}</legend>` +
    (hint ? `<p class="hint" id="${escapeHtml(hintId)}">${escapeHtml(hint)}</p>` : '');
  return staticHtml`<fieldset class="question" ?disabled=${disabled}${unsafeStatic(describedBy)}
    >${unsafeStatic(heading)} ${options}</fieldset
  >`;
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
  return questionGroup(
    question.key,
    question.legend(),
    question.hint?.(),
    disabled,
    staticHtml`${option('radio', question.key, 'yes', question.yes(), value === true)}${option(
      'radio',
      question.key,
      'no',
      question.no(),
      value === false,
    )}${
      question.unable
        ? option('radio', question.key, 'unable', question.unable(), value === 'unable')
        : nothing
    }`,
  );
}

/** A tick-all-that-apply question as a group of checkboxes, one per name. */
export function renderChoice<T extends string>(
  key: 'sites' | 'redFlags',
  question: ChoiceQuestionContent<T>,
  names: readonly T[],
  selected: readonly T[],
  disabled: boolean,
) {
  return questionGroup(
    key,
    question.legend(),
    question.hint(),
    disabled,
    names.map((name) =>
      option('checkbox', key, name, question.options[name](), selected.includes(name)),
    ),
  );
}
