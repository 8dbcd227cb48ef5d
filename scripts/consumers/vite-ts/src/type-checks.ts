// Compiled by `tsc --noEmit`, never run: each `@ts-expect-error` fails the check if our
// types ever become `any` or lose a name. Not imported by the app.
import type { CiteEventDetail, CircExplainer } from 'circulation-elements/explainer.js';
import type { PriceBannerCtaClickDetail } from 'circulation-elements/price-banner.js';
import type { Source } from 'circulation-elements/sources.js';
import type { SessionEndDetail } from 'circulation-elements/walking-plan.js';
import {
  classifyChecklist,
  emptyAnswers,
  type ChecklistAnswers,
  type ChecklistPattern,
  type CircSymptomChecklist,
} from 'circulation-elements/symptom-checklist.js';

const checklist: CircSymptomChecklist = document.createElement('circ-symptom-checklist');
const explainer: CircExplainer | null = document.querySelector('circ-explainer');

checklist.addEventListener('circ-result-change', (event) => {
  const pattern: ChecklistPattern = event.detail.pattern;
  // @ts-expect-error: the detail is a ChecklistResult, so its pattern is not a number
  const notANumber: number = event.detail.pattern;
  void pattern;
  void notANumber;
});
explainer?.addEventListener('circ-cite', (event) => {
  const detail: CiteEventDetail = event.detail;
  void detail;
});
document.createElement('circ-price-banner').addEventListener('circ-cta-click', (event) => {
  const detail: PriceBannerCtaClickDetail = event.detail;
  const href: string = detail.href;
  void href;
});

document.createElement('circ-walking-plan').addEventListener('circ-session-end', (event) => {
  const detail: SessionEndDetail = event.detail;
  const seconds: number = detail.walks[0]?.restSeconds ?? 0;
  // @ts-expect-error: walkSeconds is a number
  const notAString: string = detail.walks[0]?.walkSeconds ?? '';
  void seconds;
  void notAString;
});

// @ts-expect-error: not a topic
document.createElement('circ-explainer').topic = 'varicose-veins';
// @ts-expect-error: headings are levels 2 to 6
checklist.headingLevel = 7;
// @ts-expect-error: walkingPain is true, false, 'unable' or null
const badAnswers: ChecklistAnswers = { ...emptyAnswers(), walkingPain: 'sometimes' };
void badAnswers;
// @ts-expect-error: result is read-only
checklist.result = classifyChecklist(emptyAnswers());

const source: Source = { id: 'clinic-leaflet', title: 'Walking programme leaflet' };
document.createElement('circ-sources').sources = [source];
