import { html } from 'lit';
import type { HeadingLevel } from '../../base/heading-level.js';
import { renderSubheading } from '../../base/render-heading.js';
import { asksFollowUps } from '../../checklist/answer.js';
import { redFlagNames, siteNames, type ChecklistAnswers } from '../../checklist/checklist.types.js';
import { checklistText } from '../../content/checklist/checklist-text.js';
import {
  followUpQuestions,
  redFlagQuestion,
  siteQuestion,
  walkingPainQuestion,
  type ChoiceQuestionContent,
  type TriStateQuestionContent,
} from '../../content/checklist/questions.js';

function answerLabel(question: TriStateQuestionContent, value: boolean | 'unable' | null) {
  if (value === null) return checklistText.notAnswered();
  if (value === 'unable') return question.unable?.() ?? checklistText.notAnswered();
  return value ? question.yes() : question.no();
}

function triStateRow(question: TriStateQuestionContent, value: boolean | 'unable' | null) {
  const answer = answerLabel(question, value);
  return html`<dt>${question.legend()}</dt>
    <dd>${answer}</dd> `;
}

function choiceRow<T extends string>(
  question: ChoiceQuestionContent<T>,
  names: readonly T[],
  selected: readonly T[],
) {
  const ticked = names.filter((name) => selected.includes(name));
  return html`<dt>${question.legend()}</dt>
    <dd>
      ${
        ticked.length === 0
          ? checklistText.noneTicked()
          : html`<ul>
              ${ticked.map((name) => html`<li>${question.options[name]()}</li>`)}
            </ul>`
      }
    </dd>`;
}

/**
 * The answers as a question-and-answer list for an appointment. Hidden on screen and
 * shown in print (where the controls are hidden); the result region prints after it.
 * Only the questions the reader could see are listed.
 */
export function renderPrintSummary(answers: ChecklistAnswers, level: HeadingLevel) {
  return html`<div class="summary">
    ${renderSubheading(level, checklistText.summaryHeading())}
    <dl>
      ${choiceRow(redFlagQuestion, redFlagNames, answers.redFlags)}
      ${triStateRow(walkingPainQuestion, answers.walkingPain)}
      ${
        asksFollowUps(answers)
          ? html`${followUpQuestions.map((question) => triStateRow(question, answers[question.key]))}
            ${choiceRow(siteQuestion, siteNames, answers.sites)}`
          : ''
      }
    </dl>
  </div>`;
}
