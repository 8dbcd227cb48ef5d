import { msg } from '../base/localization.js';
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
