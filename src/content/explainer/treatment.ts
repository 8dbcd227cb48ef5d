// The treatment explainer: supervised exercise, stopping smoking and other treatments.
import { msg } from '../../base/localization.js';
import { articleSources } from '../article-sources.js';
import { supervisedHelpsMoreThanHome } from '../shared-statements.js';
import type { ExplainerTopicContent } from './topic-content.types.js';

/** The `treatment` explainer, written to the rules in topics.ts. */
export const treatmentExplainer: ExplainerTopicContent = {
  title: () => msg('Treatment', { id: 'explainer.treatment.title' }),
  summary: [
    {
      text: () =>
        msg(
          'Treatment depends on how bad the problem is and what is causing it. The aim is to improve blood flow and ease the symptoms.',
          { id: 'explainer.treatment.summary.1' },
        ),
      sources: [...articleSources],
    },
    {
      text: () =>
        msg('If you smoke, stopping smoking is part of the treatment.', {
          id: 'explainer.treatment.stop-smoking',
        }),
      sources: ['nice-cg147'],
    },
    {
      text: () =>
        msg(
          'For intermittent claudication, leg pain that comes on when you walk, a walking programme led by trained staff is one of the best treatments. It helps people walk further without pain. Ask your GP about it.',
          { id: 'explainer.treatment.summary.2' },
        ),
      sources: [...articleSources, 'nice-cg147', 'cochrane-supervised-exercise'],
    },
  ],
  detailsLabel: () => msg('More about treatment', { id: 'explainer.treatment.details-label' }),
  details: [
    {
      text: () =>
        msg(
          'NICE, which writes health guidance used by the NHS, says that everyone with intermittent claudication should be offered supervised exercise. Supervised means that trained staff lead the sessions. It is about 2 hours a week for 3 months.',
          { id: 'explainer.treatment.details.1' },
        ),
      sources: ['nice-cg147'],
    },
    {
      text: () =>
        msg(
          'In the sessions, trained staff help you walk until the pain is close to its worst. Then you rest until it eases, and walk again. Only walk on like this with the usual pain in the leg muscles, the kind that goes when you rest.',
          { id: 'explainer.treatment.details.2' },
        ),
      sources: ['nice-cg147'],
    },
    supervisedHelpsMoreThanHome,
    {
      text: () =>
        msg(
          'Exercise programmes can make daily life better. They can also lower the need for an operation or other procedure.',
          { id: 'explainer.treatment.details.4' },
        ),
      sources: [...articleSources],
    },
    {
      text: () =>
        msg(
          'A procedure to widen the artery may be offered if exercise has not helped enough and scans show it is suitable.',
          { id: 'explainer.treatment.details.5' },
        ),
      sources: ['nice-cg147'],
    },
    {
      text: () =>
        msg(
          'Treating blood pressure, cholesterol and diabetes also matters. This protects the heart as well as the legs.',
          { id: 'explainer.treatment.details.6' },
        ),
      sources: ['nice-cg147', 'sdu-claudicatio-intermittens'],
    },
  ],
};
