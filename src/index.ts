/**
 * circulation-elements: `import 'circulation-elements'` registers every element and
 * exports the public API. For one element only, import its entry, e.g.
 * `circulation-elements/explainer.js`.
 */
import './explainer.js';
import './comparison.js';
import './sources.js';
import './care-card.js';
import './symptom-checklist.js';
import './price-banner.js';
import './walking-plan.js';

export { CircElement } from './base/circ-element.js';
export { define } from './base/define.js';
export type { HeadingLevel } from './base/heading-level.js';
export { safeHref } from './base/safe-url.js';
export { VERSION } from './base/version.js';
export { getLocale, setLocale } from './base/localization.js';
export { supportedLocales, type SupportedLocale } from './base/locale-codes.js';
export type { CiteEventDetail } from './citations/citation-markers.js';
export { builtInSources, type SourceId } from './content/sources.js';
export type { Source } from './content/source.types.js';
export { explainerTopicNames, type ExplainerTopic } from './content/explainer/topics.js';
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
export { CircExplainer } from './elements/explainer/explainer.element.js';
export { CircComparison } from './elements/comparison/comparison.element.js';
export { CircSources } from './elements/sources/sources.element.js';
export { CircCareCard } from './elements/care-card/care-card.element.js';
export type { CareCardUrgency } from './content/care-card-text.js';
export { CircSymptomChecklist } from './elements/symptom-checklist/symptom-checklist.element.js';
export type { ChecklistAudience } from './elements/symptom-checklist/checklist-result.js';
export {
  CircPriceBanner,
  type PriceBannerCtaClickDetail,
} from './elements/price-banner/price-banner.element.js';
export {
  CircWalkingPlan,
  type SessionEndDetail,
  type WalkRecord,
} from './elements/walking-plan/walking-plan.element.js';
