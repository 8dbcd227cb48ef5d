import {
  renderStatement,
  renderStatementBlock,
  renderStatements,
} from '../../citations/citation-markers.js';
import { html, nothing } from 'lit';
import { levelBelow, type HeadingLevel } from '../../base/heading-level.js';
import { renderSubheading } from '../../base/render-heading.js';
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

/**
 * The result region: the care card for the urgency (red flags listed first), what the
 * answers are consistent with, for clinicians the ECQ classification and grade, then
 * that this is not a diagnosis and what happens to the answers (`privacy`).
 */
export function renderResult(
  answers: ChecklistAnswers,
  result: ChecklistResult,
  audience: ChecklistAudience,
  level: HeadingLevel,
  privacy: () => string,
) {
  const heading = renderSubheading(level, checklistText.resultHeading());
  if (!isAnswered(answers)) {
    return html`<div part="result" class="result">
      ${heading}
      <p>${checklistText.waiting()}</p>
    </div>`;
  }
  const statements = result.pattern === 'incomplete' ? [] : patternStatements[result.pattern];
  // Pain that starts at rest may be rest pain, a red flag the reader did not tick.
  const restPain = answers.startsAtRest === true && result.redFlags.length === 0;
  // Without a red-flag card, the warning signs and where to go still end the result.
  const showHelp = result.urgency === 'none' || result.urgency === 'routine';
  return html`<div part="result" class="result">
    ${heading}
    ${
      result.urgency === 'none'
        ? nothing
        : html`<circ-care-card
            urgency=${careCardForUrgency[result.urgency]}
            heading-level=${levelBelow(levelBelow(level))}
          >
            ${
              result.redFlags.length > 0
                ? html`<p>${checklistText.youSaid()}</p>
                    <ul>
                      ${result.redFlags.map(
                        (flag) => html`<li>${redFlagQuestion.options[flag]()}</li>`,
                      )}
                    </ul>`
                : nothing
            }
            <p>${renderStatement(careBody(result))}</p>
          </circ-care-card>`
    }
    ${
      statements.length > 0
        ? renderStatements(statements, 'block')
        : html`<p>${checklistText.incomplete()}</p>`
    }
    ${restPain ? renderStatementBlock(restPainHint) : nothing}
    ${audience === 'clinician' ? renderClinical(answers, result) : nothing}
    <p>${renderStatement(notADiagnosis)} ${privacy()}</p>
    ${
      showHelp
        ? html`<div part="help" class="help">${renderStatements(getHelp, 'block')}</div>`
        : nothing
    }
  </div>`;
}

/** The care card's words: a reader unable to walk gets routine advice that fits them. */
function careBody(result: ChecklistResult) {
  const urgency = result.urgency as Exclude<ChecklistUrgency, 'none'>;
  return urgency === 'routine' && result.pattern === 'unable-to-walk'
    ? unableToWalkCare
    : careStatements[urgency];
}

function renderClinical(answers: ChecklistAnswers, result: ChecklistResult) {
  const { pattern, grade } = result;
  const graded = pattern === 'typical' || pattern === 'atypical';
  const gradeText = !graded
    ? clinicianText.notApplicable()
    : grade === null
      ? clinicianText.ungraded()
      : grade === 1
        ? clinicianText.grade1()
        : clinicianText.grade2();
  return html`<dl class="clinical">
    <dt>${clinicianText.classification()}</dt>
    <dd>
      ${clinicianText.patterns[pattern]()}
      ${pattern === 'incomplete' ? missingAnswers(answers).join(', ') : nothing}
    </dd>
    <dt>${clinicianText.grade()}</dt>
    <dd>${gradeText}</dd>
  </dl>`;
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
