// Where the checklist sends the reader: care card bodies, the rest-pain hint, unable-to-walk care.
import { msg } from '../../base/localization.js';
import type { ChecklistUrgency } from '../../checklist/checklist.types.js';
import type { Statement } from '../statement.types.js';

// Written for a reading age of about 9 to 11 from shared/content/clinical-facts.md. Text
// is a function so msg() runs at render time.

/** The body of the care card for each urgency (its heading is the card's own). */
export const careStatements: Readonly<Record<Exclude<ChecklistUrgency, 'none'>, Statement>> = {
  emergency: {
    text: () =>
      msg(
        'A leg that suddenly becomes painful, pale, cold, numb or weak needs help straight away.',
        {
          id: 'checklist.care.emergency',
        },
      ),
    sources: ['nidirect-pad', 'nhs-pad'],
  },
  urgent: {
    text: () =>
      msg(
        'These can be signs that the leg is not getting enough blood, even at rest. Get them checked today.',
        { id: 'checklist.care.urgent-today' },
      ),
    sources: ['global-vascular-guidelines', 'nhs-pad'],
  },
  routine: {
    text: () =>
      msg(
        'Leg pain when walking is worth getting checked, especially if it stops you doing everyday things or is getting worse. Getting help early lowers the risk of problems later.',
        { id: 'checklist.care.routine' },
      ),
    sources: [
      'nidirect-pad',
      'nhs-pad',
      'eur-treatment-strategies',
      'sdu-claudicatio-intermittens',
    ],
  },
};

/**
 * Said when the pain can start at rest but no red flag is ticked: it may be rest pain,
 * which needs help today.
 */
export const restPainHint: Statement = {
  text: () =>
    msg(
      'You said the pain can start when you are standing still or sitting down. If this pain is in your foot or toes, ask for an urgent GP appointment or call 111 today.',
      { id: 'checklist.result.rest-pain-hint' },
    ),
  sources: ['nhs-pad', 'global-vascular-guidelines'],
};

/** The body of the routine card for a reader who is unable to walk. */
export const unableToWalkCare: Statement = {
  text: () =>
    msg(
      'Ask a GP to check the blood flow in your legs, even if they do not hurt. A GP can compare the pulses in your legs or measure the blood pressure in them.',
      { id: 'checklist.care.unable-to-walk' },
    ),
  sources: ['nidirect-pad'],
};
