// The plain tag in JSX, typed by circulation-elements/jsx (tsconfig "types"): attributes,
// the answers property and a typed oncirc-result-change handler. Imports only types, so
// the element is not defined when React first renders this.
import type { ChecklistAnswers } from 'circulation-elements/symptom-checklist.js';
import { log } from './log';

const answers: ChecklistAnswers = {
  walkingPain: true,
  startsAtRest: null,
  uphillOrHurrying: null,
  ordinaryPace: null,
  easesWithin10Min: null,
  sites: [],
  redFlags: [],
};

export function PlainTag() {
  return (
    <circ-symptom-checklist
      id="plain-tag"
      heading-level={3}
      answers={answers}
      oncirc-result-change={(event) => {
        const pattern: string = event.detail.pattern;
        log(`plain-tag ${pattern}`, event);
      }}
    />
  );
}
