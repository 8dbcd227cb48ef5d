import { msg } from '../base/localization.js';
import { articleSources } from './article-sources.js';
import type { Statement } from './statement.types.js';

// Statements that more than one element makes in the same words: written, cited and
// translated once.

/** Many people with PAD have no symptoms (NHS and nidirect PAD pages). */
export const manyHaveNoSymptoms: Statement = {
  text: () =>
    msg('Many people with narrow leg arteries have no symptoms at all.', {
      id: 'statement.no-symptoms',
    }),
  sources: ['nhs-pad', 'nidirect-pad'],
};

/**
 * A walking programme led by trained staff is one of the best treatments for intermittent
 * claudication (the article, NICE CG147, Cochrane). Said by the treatment explainer and the
 * walking plan.
 */
export const walkingProgrammeHelps: Statement = {
  text: () =>
    msg(
      'For intermittent claudication, leg pain that comes on when you walk, a walking programme led by trained staff is one of the best treatments. It helps people walk further without pain. Ask your GP about it.',
      { id: 'explainer.treatment.summary.2' },
    ),
  sources: [...articleSources, 'nice-cg147', 'cochrane-supervised-exercise'],
};

/**
 * NICE offers supervised exercise to everyone with intermittent claudication: about 2 hours a
 * week for 3 months (NICE CG147). Said by the treatment explainer and the walking plan.
 */
export const niceOffersSupervisedExercise: Statement = {
  text: () =>
    msg(
      'NICE, which writes health guidance used by the NHS, says that everyone with intermittent claudication should be offered supervised exercise. Supervised means that trained staff lead the sessions. It is about 2 hours a week for 3 months.',
      { id: 'explainer.treatment.details.1' },
    ),
  sources: ['nice-cg147'],
};

/**
 * How a session goes: walk until the pain is close to its worst, rest until it eases, walk
 * again; only with the usual muscle pain (NICE CG147). Said by the treatment explainer and the
 * walking plan.
 */
export const walkUntilPainIsNearItsWorst: Statement = {
  text: () =>
    msg(
      'In the sessions, trained staff help you walk until the pain is close to its worst. Then you rest until it eases, and walk again. Only walk on like this with the usual pain in the leg muscles, the kind that goes when you rest.',
      { id: 'explainer.treatment.details.2' },
    ),
  sources: ['nice-cg147'],
};

/**
 * Supervised exercise helps more than home exercise or walking advice (Cochrane, Hageman
 * 2018). Said by the treatment explainer and the walking plan.
 */
export const supervisedHelpsMoreThanHome: Statement = {
  text: () =>
    msg('Supervised exercise helps more than exercise at home or being told to walk more.', {
      id: 'explainer.treatment.details.3',
    }),
  sources: ['cochrane-supervised-exercise'],
};
