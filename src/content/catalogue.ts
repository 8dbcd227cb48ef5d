import {
  comparisonColumnNames,
  comparisonColumns,
  comparisonHeading,
  comparisonRowLabels,
  comparisonRowNames,
} from './comparison-rows.js';
import { explainerTopicNames, explainerTopics } from './explainer-topics.js';
import type { Statement } from './statement.types.js';
import { careCardText } from '../elements/care-card/care-card.text.js';
import {
  careStatements,
  checklistText,
  followUpQuestions,
  notADiagnosis,
  patternStatements,
  redFlagQuestion,
  siteQuestion,
  walkingPainQuestion,
} from './checklist-questions.js';

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
}

/**
 * Every piece of built-in patient text, for the governance tests and
 * `npm run content:report`. Not imported by any element, so it never ships. When an
 * element gains content, add its units here so the gates cover it.
 */
export function contentCatalogue(): ContentUnit[] {
  const explainers = explainerTopicNames.map((topic) => {
    const content = explainerTopics[topic];
    return {
      name: `explainer/${topic}`,
      statements: [...content.summary, ...content.details],
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
      statements: comparisonRowNames.flatMap((row) => content.cells[row]),
      labels: [
        heading,
        content.title,
        ...comparisonRowNames.map((row) => comparisonRowLabels[row]),
      ],
    };
  });
  return [...explainers, ...comparison, ...checklistUnits()];
}

const cardUrgencyFor = { routine: 'non-urgent', urgent: 'urgent', emergency: 'emergency' } as const;

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
  ]);
  const questions: ContentUnit = {
    name: 'checklist/questions',
    statements: [notADiagnosis],
    labels: [
      checklistText.title,
      checklistText.intro,
      checklistText.privacy,
      ...choiceLabels(redFlagQuestion),
      ...triStateLabels,
      ...choiceLabels(siteQuestion),
    ],
  };
  const results = Object.entries(patternStatements).map(([pattern, statements]) => ({
    name: `checklist/result-${pattern}`,
    statements: [...statements, notADiagnosis],
    labels: [checklistText.resultHeading],
  }));
  const cards = Object.entries(careStatements).map(([urgency, statement]) => {
    const card = careCardText[cardUrgencyFor[urgency as keyof typeof cardUrgencyFor]];
    return {
      name: `checklist/care-${urgency}`,
      statements: [statement],
      labels: [
        card.prefix,
        card.heading,
        checklistText.youSaid,
        ...Object.values(redFlagQuestion.options),
      ],
    };
  });
  return [questions, ...results, ...cards];
}

export { builtInSources } from './sources.js';
