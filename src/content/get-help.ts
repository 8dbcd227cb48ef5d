import { msg } from '../base/localization.js';
import type { Statement } from './statement.types.js';

// Where to get care, in the NHS signposting pattern (shared/content/clinical-facts.md,
// "Where to get care"). Safety: these lines are the red flags. They are shown, never
// folded away, at the end of every explainer and under the comparison, because a partner
// may embed any one element on its own. "Call 111" is always followed by the Northern
// Ireland route, where there is no 111 service. Rest pain is "when you are not walking",
// not "when you are resting": a reader of the walking plan rests between walks, and
// claudication pain that eases then is not this warning sign.

/** The emergency line: call 999 or go to A&E. */
export const emergencyHelp: Statement = {
  text: () =>
    msg('Call 999 or go to A&E now if a leg suddenly becomes painful, pale, cold, numb or weak.', {
      id: 'help.emergency',
    }),
  sources: ['nhs-pad', 'nidirect-pad'],
};

/** The urgent line, with the warning signs as a list. */
export const urgentHelp: Statement = {
  text: () =>
    msg('Ask for an urgent GP appointment or call 111 today if you have:', {
      id: 'help.urgent',
    }),
  items: [
    () =>
      msg('pain in your foot or toes when you are not walking, such as in bed at night', {
        id: 'help.urgent.rest-pain',
      }),
    () =>
      msg('a sore on your foot or leg that has not healed in 2 weeks', {
        id: 'help.urgent.wound',
      }),
    () => msg('toes or skin turning dark or black', { id: 'help.urgent.skin' }),
  ],
  sources: ['nhs-pad', 'global-vascular-guidelines'],
};

/** Where urgent advice comes from in Northern Ireland, which has no 111 service. */
export const northernIrelandHelp: Statement = {
  text: () =>
    msg(
      'In Northern Ireland, call your GP surgery for urgent advice, or GP Out-of-Hours when it is closed.',
      { id: 'help.northern-ireland' },
    ),
  sources: ['hsc-gp-out-of-hours'],
};

/** The always-visible help block: the 999 line, the urgent line and the Northern Ireland route. */
export const getHelp: readonly Statement[] = [emergencyHelp, urgentHelp, northernIrelandHelp];
