import {
  redFlagNames,
  siteNames,
  triStateQuestionNames,
  unableToWalk,
  type ChecklistAnswers,
  type ChecklistPattern,
  type ChecklistResult,
} from './checklist.types.js';

/** Answers with every question unanswered. */
export function emptyAnswers(): ChecklistAnswers {
  return {
    walkingPain: null,
    startsAtRest: null,
    uphillOrHurrying: null,
    ordinaryPace: null,
    easesWithin10Min: null,
    sites: [],
    redFlags: [],
  };
}

/** Valid answers read from untrusted input, and what was wrong with it, if anything. */
export interface NormalizedAnswers {
  readonly answers: ChecklistAnswers;
  /** One sentence naming every problem found (no prefix); absent when the input was valid. */
  readonly problem?: string;
}

const knownKeys = new Set<string>([...triStateQuestionNames, 'sites', 'redFlags']);

/**
 * Reads `input` as checklist answers without ever throwing. A missing key counts as
 * unanswered. A yes/no answer that is not `true`, `false` or `null` (or, for
 * `walkingPain` only, `'unable'`) counts as unanswered;
 * `sites` or `redFlags` that are not arrays count as empty; unknown sites, red flags and
 * keys are dropped. Lists come back without duplicates, in the order of the type.
 */
export function normalizeAnswers(input: unknown): NormalizedAnswers {
  const answers = emptyAnswers();
  const problems: string[] = [];
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      problems.push(`answers ${describe(input)} is not an object`);
    } else {
      const given = input as Record<string, unknown>;
      for (const key of Object.keys(given)) {
        if (!knownKeys.has(key)) problems.push(`unknown key "${key}"`);
      }
      for (const key of triStateQuestionNames) {
        const value = given[key];
        if (typeof value === 'boolean' || value === null) answers[key] = value;
        else if (key === 'walkingPain' && value === unableToWalk) answers.walkingPain = value;
        else if (value !== undefined) {
          const allowed = key === 'walkingPain' ? `true, false, "${unableToWalk}"` : 'true, false';
          problems.push(`${key} ${describe(value)} is not ${allowed} or null`);
        }
      }
      answers.sites = knownItems('sites', siteNames, given['sites'], problems);
      answers.redFlags = knownItems('redFlags', redFlagNames, given['redFlags'], problems);
    }
  } catch {
    // A getter or proxy that throws: nothing in it can be trusted.
    return {
      answers: emptyAnswers(),
      problem: 'answers could not be read; all count as unanswered.',
    };
  }
  if (problems.length === 0) return { answers };
  return { answers, problem: `${problems.join('; ')}; these count as unanswered.` };
}

function knownItems<T extends string>(
  key: string,
  allowed: readonly T[],
  value: unknown,
  problems: string[],
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`${key} ${describe(value)} is not an array`);
    return [];
  }
  for (const item of value) {
    if (!allowed.includes(item as T)) problems.push(`${key} has unknown item ${describe(item)}`);
  }
  // Filtering the allowed list removes duplicates and keeps the order of the type.
  return allowed.filter((name) => value.includes(name));
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return '(an array)';
  if (typeof value === 'object' && value !== null) return '(an object)';
  return String(value);
}

/** Options for `classifyChecklist`. */
export interface ClassifyOptions {
  /**
   * Receives the one warning about malformed answers (a sentence without prefix).
   * Default: `console.warn('classifyChecklist: ' + message)`.
   */
  onWarning?: (message: string) => void;
}

const warnToConsole = (message: string) => console.warn(`classifyChecklist: ${message}`);

/**
 * Classifies symptom-checklist answers by the Edinburgh Claudication Questionnaire rule
 * and the red flags (the rule is spelled out in the design contract). Pure: no DOM, no
 * state. It never throws: malformed answers count as unanswered and are reported once
 * per call through `options.onWarning`.
 */
export function classifyChecklist(
  answers: ChecklistAnswers,
  options: ClassifyOptions = {},
): ChecklistResult {
  const normalized = normalizeAnswers(answers);
  if (normalized.problem) (options.onWarning ?? warnToConsole)(normalized.problem);
  const given = normalized.answers;
  const pattern = patternOf(given);
  const graded = pattern === 'typical' || pattern === 'atypical';
  const { redFlags } = given;
  return {
    pattern,
    grade: graded && given.ordinaryPace !== null ? (given.ordinaryPace ? 2 : 1) : null,
    urgency: redFlags.includes('sudden-onset')
      ? 'emergency'
      : redFlags.length > 0
        ? 'urgent'
        : given.walkingPain === true || given.walkingPain === unableToWalk
          ? 'routine'
          : 'none',
    redFlags,
  };
}

function patternOf(answers: ChecklistAnswers): ChecklistPattern {
  const { walkingPain, startsAtRest, uphillOrHurrying, easesWithin10Min, sites } = answers;
  if (walkingPain === null) return 'incomplete';
  if (walkingPain === unableToWalk) return 'unable-to-walk';
  if (walkingPain === false) return 'none';
  if (
    startsAtRest === null ||
    uphillOrHurrying === null ||
    easesWithin10Min === null ||
    sites.length === 0
  ) {
    return 'incomplete';
  }
  if (startsAtRest || !uphillOrHurrying || !easesWithin10Min) return 'unlikely';
  if (sites.includes('calf')) return 'typical';
  return sites.includes('thigh') || sites.includes('buttock') ? 'atypical' : 'unlikely';
}

/** True when two results say the same thing (the checklist fires its event only on a change). */
export function sameResult(a: ChecklistResult, b: ChecklistResult): boolean {
  return (
    a.pattern === b.pattern &&
    a.grade === b.grade &&
    a.urgency === b.urgency &&
    a.redFlags.join() === b.redFlags.join()
  );
}
