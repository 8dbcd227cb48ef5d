// Compiled by `tsc --noEmit`, never rendered: each `@ts-expect-error` fails the check if
// the wrappers' or the JSX typings ever become `any` or lose a name.
import { CircExplainer, CircSymptomChecklist } from 'circulation-elements/react';
import type { CircSymptomChecklist as ChecklistElement } from 'circulation-elements/symptom-checklist.js';
import { useRef } from 'react';

export function TypeChecks() {
  const ref = useRef<ChecklistElement>(null);
  return (
    <>
      <CircSymptomChecklist
        ref={ref}
        onCircResultChange={(event) => {
          // @ts-expect-error: the detail is a ChecklistResult, so its pattern is not a number
          const notANumber: number = event.detail.pattern;
          void notANumber;
        }}
      />
      {/* @ts-expect-error: not a topic */}
      <CircExplainer topic="varicose-veins" />
      {/* @ts-expect-error: headings are levels 2 to 6 */}
      <CircExplainer headingLevel={7} />
      <circ-symptom-checklist
        ref={ref}
        className="partner-class"
        onClick={() => undefined}
        oncirc-result-change={(event) => {
          // @ts-expect-error: the detail is a ChecklistResult here too
          const notANumber: number = event.detail.urgency;
          void notANumber;
        }}
      />
      <circ-explainer topic="treatment" heading-level="3" open />
      {/* @ts-expect-error: not a topic */}
      <circ-explainer topic="varicose-veins" />
      {/* @ts-expect-error: headingLevel is written as heading-level, which works before the element is defined */}
      <circ-explainer headingLevel={3} />
      <circ-price-banner price={1950} oncirc-cta-click={(event) => void event.detail.href} />
      <circ-walking-plan
        weeks={4}
        sessions-per-week={2}
        oncirc-session-end={(event) => void event.detail.walks[0]?.walkSeconds}
      />
      {/* @ts-expect-error: no such tag */}
      <circ-nonsense />
    </>
  );
}
