import { explainerTopicNames, explainerTopics } from './explainer-topics.js';
import type { Statement } from './statement.types.js';

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
  return explainerTopicNames.map((topic) => {
    const content = explainerTopics[topic];
    return {
      name: `explainer/${topic}`,
      statements: [...content.summary, ...content.details],
      labels: [content.title, content.detailsLabel],
    };
  });
}

export { builtInSources } from './sources.js';
