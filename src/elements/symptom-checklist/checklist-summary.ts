import { escapeHtml } from '../../base/escape-html.js';
import type { HeadingLevel } from '../../base/heading-level.js';
import { subheadingMarkup } from '../../base/render-heading.js';
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

// The summary only prints what the reader answered: nothing in it responds to input. So
// it is escaped markup in the static template it shares with the result, and every
// checklist showing the same answers in the same language shares that template, instead
// of a binding (and a comment node) per question and answer in every copy.

function answerLabel(question: TriStateQuestionContent, value: boolean | 'unable' | null) {
  if (value === null) return checklistText.notAnswered();
  if (value === 'unable') return question.unable?.() ?? checklistText.notAnswered();
  return value ? question.yes() : question.no();
}

function row(legend: string, answer: string): string {
  return `<dt>${escapeHtml(legend)}</dt> <dd>${answer}</dd>`;
}

function triStateRow(question: TriStateQuestionContent, value: boolean | 'unable' | null) {
  return row(question.legend(), escapeHtml(answerLabel(question, value)));
}

function choiceRow<T extends string>(
  question: ChoiceQuestionContent<T>,
  names: readonly T[],
  selected: readonly T[],
) {
  const ticked = names.filter((name) => selected.includes(name));
  const answer =
    ticked.length === 0
      ? escapeHtml(checklistText.noneTicked())
      : `<ul>${ticked.map((name) => `<li>${escapeHtml(question.options[name]())}</li>`).join(' ')}</ul>`;
  return row(question.legend(), answer);
}

/**
 * The answers as a question-and-answer list for an appointment, as markup: only the
 * questions the reader could see are listed. Hidden on screen and shown in print (where
 * the controls are hidden); the result region prints after it, in the same static
 * template (see `renderSummaryAndResult`).
 */
export function summaryMarkup(answers: ChecklistAnswers, level: HeadingLevel): string {
  const rows = [
    choiceRow(redFlagQuestion, redFlagNames, answers.redFlags),
    triStateRow(walkingPainQuestion, answers.walkingPain),
  ];
  if (asksFollowUps(answers)) {
    for (const question of followUpQuestions)
      rows.push(triStateRow(question, answers[question.key]));
    rows.push(choiceRow(siteQuestion, siteNames, answers.sites));
  }
  const heading = subheadingMarkup(level, checklistText.summaryHeading());
  // Spaces between the blocks, as in written markup, so the text reads word by word when
  // it is copied or read as text content.
  return `<div class="summary"> ${heading} <dl> ${rows.join(' ')} </dl> </div>`;
}
