// Statements that more than one explainer topic makes, in the same words.
import { msg } from '../../base/localization.js';
import type { Statement } from '../statement.types.js';

export const stopSmoking: Statement = {
  text: () =>
    msg('If you smoke, stopping smoking helps to protect your legs and your heart.', {
      id: 'explainer.stop-smoking',
    }),
  sources: ['nice-cg147', 'sdu-claudicatio-intermittens'],
};

export const heartAndStroke: Statement = {
  text: () =>
    msg(
      'Narrow leg arteries also make a heart attack or a stroke more likely. This is because arteries in other parts of the body are likely to be narrow too.',
      { id: 'explainer.heart-and-stroke' },
    ),
  sources: ['nice-cg147', 'nice-ng19'],
};

// NICE CG147: never give the 1 in 5 without its first half.
export const outlook: Statement = {
  text: () =>
    msg(
      'For most people who get leg pain when walking (intermittent claudication), the symptoms stay the same over time. About 1 in 5 go on to get critical limb ischaemia, where the leg does not get enough blood even at rest.',
      { id: 'explainer.outlook' },
    ),
  sources: ['nice-cg147'],
};

export const diabetesFeet: Statement = {
  text: () =>
    msg(
      'About 1 in 3 people over 50 who have diabetes have narrow leg arteries. If you have diabetes, ask your GP surgery to check your feet at least once a year.',
      { id: 'explainer.diabetes-feet' },
    ),
  sources: ['nice-ng19'],
};
