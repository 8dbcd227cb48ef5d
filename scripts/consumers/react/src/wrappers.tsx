// The React wrappers, written both ways round: the event prop before answers and after.
// Importing circulation-elements/react defines the elements.
import {
  CircExplainer,
  CircPriceBanner,
  CircSources,
  CircSymptomChecklist,
  CircWalkingPlan,
} from 'circulation-elements/react';
import { emptyAnswers, type ChecklistResult } from 'circulation-elements/symptom-checklist.js';
import { log } from './log';

const started = { ...emptyAnswers(), walkingPain: true };

export function Wrappers() {
  return (
    <>
      <CircSymptomChecklist
        id="handler-first"
        headingLevel={3}
        onCircResultChange={(event) => log('handler-first', event)}
        answers={started}
      />
      <CircSymptomChecklist
        id="answers-first"
        headingLevel={3}
        answers={started}
        onCircResultChange={(event: CustomEvent<ChecklistResult>) => log('answers-first', event)}
      />
      <CircExplainer id="explainer" topic="treatment" headingLevel={3} />
      <CircPriceBanner
        id="banner"
        price={1950}
        href="#prices"
        provider="Example Clinic"
        headingLevel={3}
        onCircCtaClick={(event) => log(`cta ${event.detail.href}`, event)}
      >
        <p slot="includes">Consultation, treatment and aftercare.</p>
      </CircPriceBanner>
      <CircWalkingPlan
        id="walking-plan"
        weeks={4}
        start="2026-12-07"
        headingLevel={3}
        onCircSessionEnd={(event) => log(`walks ${event.detail.walks.length}`, event)}
      />
      <CircSources headingLevel={3} />
    </>
  );
}
