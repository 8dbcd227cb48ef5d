import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type {
  ChoiceQuestionContent,
  TriStateQuestionContent,
} from '../../content/checklist/questions.js';

/** One native radio button or checkbox with its visible label wrapped around it. */
function option(
  type: 'radio' | 'checkbox',
  name: string,
  value: string,
  label: string,
  checked: boolean,
) {
  return html`<label class="option"
    ><input type=${type} name=${name} value=${value} .checked=${checked} /><span
      >${label}</span
    ></label
  > `;
}

function questionGroup(
  key: string,
  legend: string,
  hint: string | undefined,
  disabled: boolean,
  options: unknown,
) {
  const hintId = hint ? `${key}-hint` : undefined;
  return html`<fieldset
    class="question"
    ?disabled=${disabled}
    aria-describedby=${ifDefined(hintId)}
  >
    <legend>${legend}</legend>
    ${hint ? html`<p class="hint" id=${hintId!}>${hint}</p>` : nothing} ${options}
  </fieldset>`;
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
    html`${option('radio', question.key, 'yes', question.yes(), value === true)}
    ${option('radio', question.key, 'no', question.no(), value === false)}
    ${
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
