// circulation-elements/vue against Vue's own types: GlobalComponents must know every tag,
// with typed props and onCirc… event props (what `@circ-result-change` is checked against).
// Compiled by `tsc --noEmit`, never run.
/// <reference types="circulation-elements/vue" />
import type { GlobalComponents } from 'vue';
import { emptyAnswers, type ChecklistPattern } from 'circulation-elements/symptom-checklist.js';
import type { WalkRecord } from 'circulation-elements/walking-plan.js';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

const checklist: Props<'circ-symptom-checklist'> = {
  answers: { ...emptyAnswers(), walkingPain: true },
  headingLevel: '3', // heading-level="3" in a template
  onCircResultChange: (event) => {
    const pattern: ChecklistPattern = event.detail.pattern;
    void pattern;
  },
};
const explainer: Props<'circ-explainer'> = { topic: 'treatment', headingLevel: 3 };
const banner: Props<'circ-price-banner'> = {
  price: '1950',
  onCircCtaClick: (event) => void event.detail.href,
};
const walkingPlan: Props<'circ-walking-plan'> = {
  weeks: '6', // weeks="6" in a template
  sessionsPerWeek: 3,
  start: '2026-12-07',
  onCircSessionEnd: (event) => {
    const walks: WalkRecord[] = event.detail.walks;
    void walks[0]?.restSeconds;
  },
};
// @ts-expect-error: not a topic
const badTopic: Props<'circ-explainer'> = { topic: 'varicose-veins' };
// @ts-expect-error: headings are levels 2 to 6
const badLevel: Props<'circ-comparison'> = { headingLevel: 9 };
// @ts-expect-error: result is read-only, not a prop
const readOnly: Props<'circ-symptom-checklist'> = { result: null };
// @ts-expect-error: the walks come in the event, they are not a prop
const noWalks: Props<'circ-walking-plan'> = { walks: [] };

export { checklist, explainer, banner, walkingPlan, badTopic, badLevel, readOnly, noWalks };
