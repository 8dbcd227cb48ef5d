import type { ChecklistAnswers, ChecklistResult } from '../../checklist/checklist.types.js';

/**
 * The value `<circ-symptom-checklist>` gives its form under `name`: the answers and the
 * result as JSON, so the receiving server sees exactly what the reader saw.
 */
export function checklistFormValue(answers: ChecklistAnswers, result: ChecklistResult): string {
  return JSON.stringify({ answers, result });
}

/**
 * The answers inside a form value the browser saved and now restores (back/forward
 * navigation, autofill). Anything unreadable comes back as `undefined`, which the
 * element then treats as malformed answers: all unanswered, one warning.
 */
export function answersFromFormState(state: unknown): unknown {
  if (typeof state !== 'string') return undefined;
  try {
    return (JSON.parse(state) as { answers?: unknown } | null)?.answers;
  } catch {
    return undefined;
  }
}
