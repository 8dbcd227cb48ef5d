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
