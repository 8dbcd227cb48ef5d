/**
 * Registration entry: `import 'circulation-elements/symptom-checklist.js'` defines
 * `<circ-symptom-checklist>` and, through the class's `dependencies`, the
 * `<circ-care-card>` it renders. The class modules themselves have no side effects.
 */
import { define } from './base/define.js';
import { CircSymptomChecklist } from './elements/symptom-checklist/symptom-checklist.element.js';

define('circ-symptom-checklist', CircSymptomChecklist);

export { CircSymptomChecklist };
// The public types (and helpers) partners use with this element, from its own entry.
export type { CiteEventDetail } from './citations/citation-markers.js';
export type { HeadingLevel } from './base/heading-level.js';
export { classifyChecklist, emptyAnswers, type ClassifyOptions } from './checklist/classify.js';
export {
  siteNames,
  redFlagNames,
  type Site,
  type RedFlag,
  type ChecklistAnswers,
  type ChecklistResult,
  type ChecklistPattern,
  type ChecklistUrgency,
} from './checklist/checklist.types.js';
export type { ChecklistAudience } from './elements/symptom-checklist/checklist-result.js';
export type { CareCardUrgency } from './content/care-card-text.js';
