import { html } from 'lit';
import { unsafeStatic } from 'lit/static-html.js';
import { escapeHtml } from '../../base/escape-html.js';
import { staticTemplate } from '../../base/static-template.js';
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

// The summary is text only, and the same for every checklist with the same answers in a
// language: it is built as escaped static markup, one template per distinct summary.

function triStateRow(question: TriStateQuestionContent, value: boolean | 'unable' | null) {
  const answer = answerLabel(question, value);
  return `<dt>${escapeHtml(question.legend())}</dt> <dd>${escapeHtml(answer)}</dd> `;
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
      : `<ul>${ticked.map((name) => `<li>${escapeHtml(question.options[name]())}</li>`).join('')}</ul>`;
  return `<dt>${escapeHtml(question.legend())}</dt> <dd>${answer}</dd> `;
}

/**
 * The answers as a question-and-answer list for an appointment. Hidden on screen and
 * shown in print (where the controls are hidden); the result region prints after it.
 * Only the questions the reader could see are listed.
 */
export function renderPrintSummary(answers: ChecklistAnswers, level: HeadingLevel) {
  const rows = [
    choiceRow(redFlagQuestion, redFlagNames, answers.redFlags),
    triStateRow(walkingPainQuestion, answers.walkingPain),
    ...(asksFollowUps(answers)
      ? [
          ...followUpQuestions.map((question) => triStateRow(question, answers[question.key])),
          choiceRow(siteQuestion, siteNames, answers.sites),
        ]
      : []),
  ];
  return html`<div class="summary">
    ${renderSubheading(level, checklistText.summaryHeading())}
    ${staticTemplate([unsafeStatic(`<dl>${rows.join('')}</dl>`)])}
  </div>`;
}
