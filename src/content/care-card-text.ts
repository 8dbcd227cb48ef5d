import type { ChecklistUrgency } from '../checklist/checklist.types.js';
import { msg } from '../base/localization.js';

/** How urgent a care card's advice is. */
export const careCardUrgencies = ['non-urgent', 'urgent', 'emergency'] as const;

/** The urgency of a `<circ-care-card>`. */
export type CareCardUrgency = (typeof careCardUrgencies)[number];

/**
 * The care card for each urgency the symptom checklist can reach (its `none` has no
 * card). The one place this mapping is written: the checklist and the content gates read it.
 */
export const careCardForUrgency = {
  emergency: 'emergency',
  urgent: 'urgent',
  routine: 'non-urgent',
} as const satisfies Readonly<Record<Exclude<ChecklistUrgency, 'none'>, CareCardUrgency>>;

/**
 * The visually hidden urgency prefix and the built-in call to action of each care card,
 * as in the NHS care-card pattern (the heading is the one call to action).
 */
export const careCardText: Readonly<
  Record<CareCardUrgency, { readonly prefix: () => string; readonly heading: () => string }>
> = {
  'non-urgent': {
    prefix: () => msg('Non-urgent advice:', { id: 'care-card.prefix.non-urgent' }),
    heading: () => msg('See a GP', { id: 'care-card.heading.non-urgent' }),
  },
  urgent: {
    prefix: () => msg('Urgent advice:', { id: 'care-card.prefix.urgent' }),
    heading: () =>
      msg('Ask for an urgent GP appointment or call 111 today', {
        id: 'care-card.heading.urgent',
      }),
  },
  emergency: {
    prefix: () => msg('Immediate action required:', { id: 'care-card.prefix.emergency' }),
    heading: () => msg('Call 999 or go to A&E now', { id: 'care-card.heading.emergency' }),
  },
};
