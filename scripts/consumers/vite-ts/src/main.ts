// A partner's Vite + TypeScript app: single-element entries, elements made from code,
// typed by our .d.ts alone (HTMLElementTagNameMap, HTMLElementEventMap, the entries' types).
import 'circulation-elements/explainer.js';
import 'circulation-elements/sources.js';
// The checklist's entry registers it and exports its types and helpers.
import {
  emptyAnswers,
  type ChecklistAnswers,
  type ChecklistResult,
} from 'circulation-elements/symptom-checklist.js';

interface LogEntry {
  type: string;
  pattern: ChecklistResult['pattern'];
  urgency: ChecklistResult['urgency'];
}
declare global {
  interface Window {
    consumerLog: LogEntry[];
    resultAfterCode: ChecklistResult;
  }
}
window.consumerLog = [];

const app = document.querySelector<HTMLElement>('#app')!;

const explainer = document.createElement('circ-explainer'); // a CircExplainer
explainer.topic = 'treatment';
explainer.headingLevel = 2;

const checklist = document.createElement('circ-symptom-checklist'); // a CircSymptomChecklist
checklist.id = 'checklist';
checklist.headingLevel = 2;
checklist.addEventListener('circ-result-change', (event) => {
  // event is CustomEvent<ChecklistResult>, from HTMLElementEventMap
  window.consumerLog.push({
    type: event.type,
    pattern: event.detail.pattern,
    urgency: event.detail.urgency,
  });
});
// Answers set from code fire no event: the app reads `result` instead.
const answers: ChecklistAnswers = { ...emptyAnswers(), walkingPain: true };
checklist.answers = answers;
window.resultAfterCode = checklist.result;

const sources = document.createElement('circ-sources');
sources.headingLevel = 2;

app.append(explainer, checklist, sources);
