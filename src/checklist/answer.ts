import {
  triStateQuestionNames,
  type ChecklistAnswers,
  type WalkingPainAnswer,
} from './checklist.types.js';

/**
 * The answers after the reader answers the walking-pain question. Only a yes keeps the
 * follow-up questions on screen: a no or "I am unable to walk" clears their answers, so
 * nothing is kept, classified or submitted for questions the reader can no longer see.
 * Pure: returns new answers, never changes `answers`.
 */
export function answerWalkingPain(
  answers: ChecklistAnswers,
  walkingPain: WalkingPainAnswer,
): ChecklistAnswers {
  const next: ChecklistAnswers = {
    ...answers,
    sites: [...answers.sites],
    redFlags: [...answers.redFlags],
    walkingPain,
  };
  if (walkingPain === true) return next;
  for (const key of triStateQuestionNames) if (key !== 'walkingPain') next[key] = null;
  next.sites = [];
  return next;
}

/** True when the follow-up questions about the walking pain are asked (it was answered yes). */
export function asksFollowUps(answers: ChecklistAnswers): boolean {
  return answers.walkingPain === true;
}
