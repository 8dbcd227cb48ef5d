import { emptyAnswers } from '../../checklist/classify.js';
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

/** An `answers` attribute that is not JSON: the setter warns about it and ignores it. */
export class NotJson {
  constructor(readonly text: string) {}
}

/**
 * The `answers` attribute as answers: parsed JSON (which the setter then validates like
 * any value), all unanswered when the attribute is removed, or `NotJson` when it cannot
 * be parsed. Never throws: a converter runs in `attributeChangedCallback`.
 */
export function answersFromAttribute(value: string | null): unknown {
  if (value === null) return emptyAnswers();
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return new NotJson(value);
  }
}
