import type { TemplateResult } from 'lit';
import {
  renderLatestMarkup,
  statementsMarkup,
  type CitationsMode,
} from '../../citations/citation-markers.js';
import { escapeHtml } from '../../base/escape-html.js';
import { levelBelow, type HeadingLevel } from '../../base/heading-level.js';
import { subheadingMarkup } from '../../base/render-heading.js';
import { activeLocale } from '../../base/locale.js';
import type {
  ChecklistAnswers,
  ChecklistResult,
  ChecklistUrgency,
} from '../../checklist/checklist.types.js';
import {
  careStatements,
  restPainHint,
  unableToWalkCare,
} from '../../content/checklist/care-advice.js';
import { checklistText } from '../../content/checklist/checklist-text.js';
import { clinicianText } from '../../content/checklist/clinician-text.js';
import { redFlagQuestion } from '../../content/checklist/questions.js';
import { notADiagnosis, patternStatements } from '../../content/checklist/results.js';
import { getHelp } from '../../content/get-help.js';
import { careCardForUrgency, careCardText } from '../../content/care-card-text.js';
import type { Statement } from '../../content/statement.types.js';
import { summaryMarkup } from './checklist-summary.js';

/** Who reads the result. */
export type ChecklistAudience = 'patient' | 'clinician';

/** True once any question has an answer. */
function isAnswered(answers: ChecklistAnswers): boolean {
  return Object.values(answers).some((value) =>
    Array.isArray(value) ? value.length > 0 : value !== null,
  );
}

/** A live-region message: polite, or assertive for an emergency. */
export interface Announcement {
  /** The words, read at render time so they follow a change of locale. */
  readonly text: () => string;
  readonly assertive: boolean;
}

/** What screen readers hear when the result changes: the care card, then the pattern. */
export function announcementFor(answers: ChecklistAnswers, result: ChecklistResult): Announcement {
  if (!isAnswered(answers)) return { text: checklistText.cleared, assertive: false };
  const text = () => {
    const parts: string[] = [];
    if (result.urgency !== 'none') {
      const card = careCardText[careCardForUrgency[result.urgency]];
      // The heading has no full stop of its own; Urdu ends a sentence with "۔".
      const fullStop = activeLocale() === 'ur' ? '۔' : '.';
      parts.push(`${card.prefix()} ${card.heading()}${fullStop}`);
    }
    if (result.pattern !== 'incomplete') parts.push(patternStatements[result.pattern][0]!.text());
    return parts.join(' ');
  };
  return { text, assertive: result.urgency === 'emergency' };
}

/** The markup of a list of statements, for a static template (text escaped). */
const block = (statements: readonly Statement[], mode: CitationsMode) =>
  statementsMarkup(statements, 'block', mode);
const inline = (statement: Statement, mode: CitationsMode) =>
  statementsMarkup([statement], 'inline', mode);

/** The care card for the urgency, the red flags the reader ticked listed first. */
function careCardMarkup(result: ChecklistResult, level: HeadingLevel, mode: CitationsMode): string {
  if (result.urgency === 'none') return '';
  const flags =
    result.redFlags.length > 0
      ? `<p>${escapeHtml(checklistText.youSaid())}</p> <ul>${result.redFlags
          .map((flag) => `<li>${escapeHtml(redFlagQuestion.options[flag]())}</li>`)
          .join(' ')}</ul>`
      : '';
  const attributes = `urgency="${careCardForUrgency[result.urgency]}" heading-level="${levelBelow(levelBelow(level))}"`;
  return `<circ-care-card ${attributes}> ${flags} <p>${inline(careBody(result), mode)}</p> </circ-care-card>`;
}

function resultMarkup(
  answers: ChecklistAnswers,
  result: ChecklistResult,
  audience: ChecklistAudience,
  level: HeadingLevel,
  privacy: string,
  mode: CitationsMode,
): string {
  const heading = subheadingMarkup(level, checklistText.resultHeading());
  // The warning signs and where to go, before any answer too: a reader whose page has not
  // run our script yet (pre-rendered) or never does gets no result, but still sees them.
  const help = `<div part="help" class="help">${block(getHelp, mode)}</div>`;
  if (!isAnswered(answers)) {
    const waiting = `<p class="needs-script">${escapeHtml(checklistText.waiting())}</p>`;
    return `<div part="result" class="result">${heading} ${waiting} ${help}</div>`;
  }
  const statements = result.pattern === 'incomplete' ? [] : patternStatements[result.pattern];
  // Pain that starts at rest may be rest pain, a red flag the reader did not tick.
  const restPain = answers.startsAtRest === true && result.redFlags.length === 0;
  // Without a red-flag card, the warning signs and where to go still end the result.
  const showHelp = result.urgency === 'none' || result.urgency === 'routine';
  const parts = [
    heading,
    careCardMarkup(result, level, mode),
    statements.length > 0
      ? block(statements, mode)
      : `<p>${escapeHtml(checklistText.incomplete())}</p>`,
    restPain ? block([restPainHint], mode) : '',
    audience === 'clinician' ? clinicalMarkup(answers, result) : '',
    `<p>${inline(notADiagnosis, mode)} ${escapeHtml(privacy)}</p>`,
    showHelp ? help : '',
  ];
  return `<div part="result" class="result">${parts.filter(Boolean).join(' ')}</div>`;
}

/**
 * The printed summary of the answers (see `summaryMarkup`), then the result region: the
 * care card for the urgency (red flags listed first), what the answers are consistent
 * with, for clinicians the ECQ classification and grade, then that this is not a
 * diagnosis and what happens to the answers (`privacy`, the text of the privacy line).
 *
 * Nothing in them responds to input but the citation markers (handled by delegation), so
 * both are one static template, shared by every checklist that shows the same answers
 * and result in the same language and numbering: no binding, nested template or comment
 * marker per sentence in every copy. It is rebuilt when the answers, the audience, the
 * heading level, the language or the numbering change.
 */
export function renderSummaryAndResult(
  answers: ChecklistAnswers,
  result: ChecklistResult,
  audience: ChecklistAudience,
  level: HeadingLevel,
  privacy: string,
  mode: CitationsMode,
): TemplateResult {
  const inputs = JSON.stringify([answers, audience, level, privacy, mode]);
  return renderLatestMarkup(
    'checklist-summary-and-result',
    inputs,
    () =>
      `${summaryMarkup(answers, level)} ${resultMarkup(answers, result, audience, level, privacy, mode)}`,
  );
}

/** The care card's words: a reader unable to walk gets routine advice that fits them. */
function careBody(result: ChecklistResult) {
  const urgency = result.urgency as Exclude<ChecklistUrgency, 'none'>;
  return urgency === 'routine' && result.pattern === 'unable-to-walk'
    ? unableToWalkCare
    : careStatements[urgency];
}

function clinicalMarkup(answers: ChecklistAnswers, result: ChecklistResult): string {
  const { pattern, grade } = result;
  const graded = pattern === 'typical' || pattern === 'atypical';
  const gradeText = !graded
    ? clinicianText.notApplicable()
    : grade === null
      ? clinicianText.ungraded()
      : grade === 1
        ? clinicianText.grade1()
        : clinicianText.grade2();
  const classification = clinicianText.patterns[pattern]();
  const missing = pattern === 'incomplete' ? ` ${missingAnswers(answers).join(', ')}` : '';
  return (
    `<dl class="clinical"><dt>${escapeHtml(clinicianText.classification())}</dt> ` +
    `<dd>${escapeHtml(classification + missing)}</dd> ` +
    `<dt>${escapeHtml(clinicianText.grade())}</dt> <dd>${escapeHtml(gradeText)}</dd></dl>`
  );
}

/** Short names of the questions the classification still needs. */
function missingAnswers(answers: ChecklistAnswers): string[] {
  const { missing } = clinicianText;
  if (answers.walkingPain === null) return [missing.walkingPain()];
  const keys = (['startsAtRest', 'uphillOrHurrying', 'easesWithin10Min'] as const).filter(
    (key) => answers[key] === null,
  );
  const names = keys.map((key) => missing[key]());
  if (answers.sites.length === 0) names.push(missing.sites());
  return names;
}
