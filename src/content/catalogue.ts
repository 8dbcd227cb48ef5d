import { comparisonColumnNames, comparisonColumns } from './comparison/columns.js';
import { comparisonHeading } from './comparison/heading.js';
import { comparisonRowLabels, comparisonRowNames } from './comparison/rows.js';
import { explainerTopicNames, explainerTopics } from './explainer/topics.js';
import { getHelp, northernIrelandHelp } from './get-help.js';
import type { Statement } from './statement.types.js';
import { careCardForUrgency, careCardText } from './care-card-text.js';
import { citationText } from './citation-text.js';
import { priceBannerText } from './price-banner-text.js';
import { sourcesText } from './sources-text.js';
import { careStatements, restPainHint, unableToWalkCare } from './checklist/care-advice.js';
import { checklistText } from './checklist/checklist-text.js';
import { clinicianText } from './checklist/clinician-text.js';
import {
  followUpQuestions,
  redFlagQuestion,
  siteQuestion,
  walkingPainQuestion,
} from './checklist/questions.js';
import { notADiagnosis, patternStatements } from './checklist/results.js';
import {
  walkingPlanHelpStatements,
  walkingPlanStatements,
  walkingPlanText,
} from './walking-plan/walking-plan-text.js';

/**
 * One unit of patient-facing text, checked as a whole by the content gates (readability
 * is judged per topic, as a reader meets it).
 */
export interface ContentUnit {
  /** E.g. `explainer/ischaemia`. */
  name: string;
  /** Statements that state facts: each must cite sources. */
  statements: readonly Statement[];
  /** Other text the reader sees with them (titles, labels): read but not cited. */
  labels: readonly (() => string)[];
  /**
   * Who reads it. Clinician text (`audience="clinician"`) names the questionnaire's
   * classes in its own terms, so it is held to the wording gates, not to reading ease.
   */
  audience?: 'patient' | 'clinician';
}

/**
 * Every piece of built-in text, for the governance tests and
 * `npm run content:report`. Not imported by any element, so it never ships. When an
 * element gains content, add its units here so the gates cover it.
 */
export function contentCatalogue(): ContentUnit[] {
  const explainers = explainerTopicNames.map((topic) => {
    const content = explainerTopics[topic];
    return {
      name: `explainer/${topic}`,
      // The help block ends every explainer, so it is read as part of each.
      statements: [...content.summary, ...content.details, ...getHelp],
      labels: [content.title, content.detailsLabel],
    };
  });
  // One unit per column of <circ-comparison>, read with the heading it appears under
  // and the row headers beside its cells.
  const comparison = comparisonColumnNames.map((column) => {
    const content = comparisonColumns[column];
    const heading =
      column === 'critical-ischaemia'
        ? comparisonHeading.withCritical
        : comparisonHeading.twoColumns;
    return {
      name: `comparison/${column}`,
      // The help block under the table is read with every column.
      statements: [...comparisonRowNames.flatMap((row) => content.cells[row]), ...getHelp],
      labels: [
        heading,
        content.title,
        ...comparisonRowNames.map((row) => comparisonRowLabels[row]),
      ],
    };
  });
  // The price banner states no medical fact, so it cites nothing; its words are still
  // read by the readability and wording gates (with a sample price and provider).
  const priceBanner: ContentUnit = {
    name: 'price-banner/offer',
    statements: [],
    labels: [
      () => priceBannerText.labelFrom('Example Clinic'),
      priceBannerText.heading,
      priceBannerText.offer,
      () => priceBannerText.price('£1,950'),
      priceBannerText.ctaLabel,
      priceBannerText.close,
      priceBannerText.label,
    ],
  };
  // The words around the source list and the citation markers' names (titles are the
  // publishers' own, so a sample stands in).
  const sources: ContentUnit = {
    name: 'sources/list',
    statements: [],
    labels: [
      sourcesText.heading,
      sourcesText.availableFrom,
      sourcesText.newTab,
      sourcesText.reviewed,
      sourcesText.nextReview,
      () => citationText.name([2]),
      () => citationText.name([1, 2, 7]),
      () => citationText.inNewTab(citationText.name([2])),
    ],
  };
  // The walking plan: what the programme is, the help block (always shown), and every
  // label, button and announcement (those with a number or a time read with a sample).
  const walkingPlan: ContentUnit = {
    name: 'walking-plan/programme',
    statements: [...walkingPlanStatements, ...walkingPlanHelpStatements, ...getHelp],
    labels: Object.values<(...sample: string[]) => string>(walkingPlanText).map(
      (label) => () => label('3', '12'),
    ),
  };
  return [...explainers, ...comparison, ...checklistUnits(), priceBanner, sources, walkingPlan];
}

/** The symptom checklist: its questions, each result pattern and each care card. */
function checklistUnits(): ContentUnit[] {
  const choiceLabels = (question: typeof redFlagQuestion | typeof siteQuestion) => [
    question.legend,
    question.hint,
    ...Object.values<() => string>(question.options),
  ];
  const triStateLabels = [walkingPainQuestion, ...followUpQuestions].flatMap((question) => [
    question.legend,
    ...(question.hint ? [question.hint] : []),
    question.yes,
    question.no,
    ...(question.unable ? [question.unable] : []),
  ]);
  const questions: ContentUnit = {
    name: 'checklist/questions',
    statements: [notADiagnosis],
    labels: [
      checklistText.title,
      checklistText.intro,
      checklistText.privacy,
      checklistText.privacyInForm,
      ...choiceLabels(redFlagQuestion),
      ...triStateLabels,
      ...choiceLabels(siteQuestion),
      checklistText.reset,
      checklistText.print,
    ],
  };
  // What the result region says before and between results, and the printed summary.
  const aroundTheResult: ContentUnit = {
    name: 'checklist/around-the-result',
    statements: [],
    labels: [
      checklistText.resultHeading,
      checklistText.waiting,
      checklistText.incomplete,
      checklistText.cleared,
      checklistText.summaryHeading,
      checklistText.notAnswered,
      checklistText.noneTicked,
    ],
  };
  const clinician: ContentUnit = {
    name: 'checklist/clinician',
    audience: 'clinician',
    statements: [],
    labels: [
      clinicianText.classification,
      clinicianText.grade,
      ...Object.values(clinicianText.patterns),
      ...Object.values(clinicianText.missing),
      clinicianText.grade1,
      clinicianText.grade2,
      clinicianText.ungraded,
      clinicianText.notApplicable,
    ],
  };
  // Each result is read with the help block that ends it when no red-flag card shows
  // (every finished pattern can come without one); a pattern that does not match may also
  // carry the rest-pain hint.
  const results = Object.entries(patternStatements).map(([pattern, statements]) => ({
    name: `checklist/result-${pattern}`,
    statements: [
      ...statements,
      ...(pattern === 'unlikely' ? [restPainHint] : []),
      notADiagnosis,
      ...getHelp,
    ],
    labels: [checklistText.resultHeading],
  }));
  const careBodies = [
    ...Object.entries(careStatements),
    ['routine-unable-to-walk', unableToWalkCare] as const,
  ];
  const cards = careBodies.map(([name, statement]) => {
    const urgency = name === 'routine-unable-to-walk' ? 'routine' : name;
    const card = careCardText[careCardForUrgency[urgency as keyof typeof careCardForUrgency]];
    return {
      name: `checklist/care-${name}`,
      // The urgent card also gives the Northern Ireland route, as it says "call 111".
      statements: urgency === 'urgent' ? [statement, northernIrelandHelp] : [statement],
      labels: [
        card.prefix,
        card.heading,
        checklistText.youSaid,
        ...Object.values(redFlagQuestion.options),
      ],
    };
  });
  return [questions, ...results, ...cards, aroundTheResult, clinician];
}

export { builtInSources } from './sources.js';
export { contentReview } from './review-dates.js';
