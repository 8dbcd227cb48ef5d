/** Where in the leg the pain is felt, in the order the checklist lists them. */
export const siteNames = ['calf', 'thigh', 'buttock', 'shin', 'foot', 'joint', 'other'] as const;

/** One place where the pain is felt. */
export type Site = (typeof siteNames)[number];

/** The red-flag symptoms, in the order results list them (the most urgent first). */
export const redFlagNames = [
  'sudden-onset',
  'rest-pain',
  'non-healing-wound',
  'skin-colour-change',
] as const;

/** One red-flag symptom. */
export type RedFlag = (typeof redFlagNames)[number];

/** The yes/no questions of the checklist, in the order they are asked. */
export const triStateQuestionNames = [
  'walkingPain',
  'startsAtRest',
  'uphillOrHurrying',
  'ordinaryPace',
  'easesWithin10Min',
] as const;

/** The key of one yes/no question in `ChecklistAnswers`. */
export type TriStateQuestion = (typeof triStateQuestionNames)[number];

/** The answers to the symptom checklist; `null` means "not answered yet". */
export interface ChecklistAnswers {
  /**
   * Pain or discomfort in the leg(s) when walking; `'unable'`: the reader is unable to
   * walk (the published questionnaire's third answer).
   */
  walkingPain: boolean | 'unable' | null;
  /** Does it ever begin when standing still or sitting? */
  startsAtRest: boolean | null;
  /** Does it come on walking uphill or hurrying? */
  uphillOrHurrying: boolean | null;
  /** Does it come on at an ordinary pace on the level? */
  ordinaryPace: boolean | null;
  /** Standing still: is it usually gone within 10 minutes? */
  easesWithin10Min: boolean | null;
  /** Where the pain is. */
  sites: Site[];
  /** Any of the red-flag symptoms. */
  redFlags: RedFlag[];
}

/**
 * How far the answers match the Edinburgh Claudication Questionnaire pattern.
 * `unable-to-walk`, `none` and `unlikely` do not match it, which never rules out a
 * circulation problem: the questionnaire screens, it does not diagnose.
 */
export type ChecklistPattern =
  'incomplete' | 'unable-to-walk' | 'none' | 'unlikely' | 'atypical' | 'typical';

/** The answer "I am unable to walk" to the walking-pain question. */
export const unableToWalk = 'unable';

/** The answer to the walking-pain question: yes, no, unable to walk, or unanswered. */
export type WalkingPainAnswer = ChecklistAnswers['walkingPain'];

/** Where to get care, from the red flags and the walking pain. */
export type ChecklistUrgency = 'none' | 'routine' | 'urgent' | 'emergency';

/** What `classifyChecklist` makes of the answers. */
export interface ChecklistResult {
  pattern: ChecklistPattern;
  /** ECQ grade, only for a typical or atypical pattern: 2 when pain comes on at an ordinary pace. */
  grade: 1 | 2 | null;
  urgency: ChecklistUrgency;
  /** The red flags answered, in the order of `redFlagNames`, without duplicates. */
  redFlags: RedFlag[];
}
