// The built-in explainer topics: their names in reading order, and their text by name.
import { criticalIschaemiaExplainer } from './critical-ischaemia.js';
import { intermittentClaudicationExplainer } from './intermittent-claudication.js';
import { ischaemiaExplainer } from './ischaemia.js';
import type { ExplainerTopicContent } from './topic-content.types.js';
import { treatmentExplainer } from './treatment.js';
import { whenToSeekHelpExplainer } from './when-to-seek-help.js';

/** The built-in explainer topics, in the order a reader would meet them. */
export const explainerTopicNames = [
  'ischaemia',
  'intermittent-claudication',
  'critical-ischaemia',
  'treatment',
  'when-to-seek-help',
] as const;

/** Which built-in explainer `<circ-explainer>` shows. */
export type ExplainerTopic = (typeof explainerTopicNames)[number];

// Written for a reading age of about 9 to 11 from shared/content/clinical-facts.md.
// Short sentences; every medical word is explained the first time it appears in a topic,
// because a partner may show any topic on its own. Safety: red flags are never hidden
// behind the toggle: every explainer ends with the help block of get-help.ts, which is
// always visible. The summary says what NHS pages always say up front (stopping smoking).

/** The built-in explainers, keyed by topic. */
export const explainerTopics: Readonly<Record<ExplainerTopic, ExplainerTopicContent>> = {
  ischaemia: ischaemiaExplainer,
  'intermittent-claudication': intermittentClaudicationExplainer,
  'critical-ischaemia': criticalIschaemiaExplainer,
  treatment: treatmentExplainer,
  'when-to-seek-help': whenToSeekHelpExplainer,
};

/** True when `value` names a built-in explainer topic. */
export function isExplainerTopic(value: unknown): value is ExplainerTopic {
  return (explainerTopicNames as readonly unknown[]).includes(value);
}
