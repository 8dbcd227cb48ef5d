// The critical limb ischaemia explainer: a blood supply too poor even at rest, and its urgency.
import { msg } from '../../base/localization.js';
import { articleSources } from '../article-sources.js';
import { outlook, stopSmoking } from './shared-topic-statements.js';
import type { ExplainerTopicContent } from './topic-content.types.js';

/** The `critical-ischaemia` explainer, written to the rules in topics.ts. */
export const criticalIschaemiaExplainer: ExplainerTopicContent = {
  title: () => msg('Critical limb ischaemia', { id: 'explainer.critical.title' }),
  summary: [
    {
      text: () =>
        msg(
          'Critical limb ischaemia is when the blood supply to a leg is so poor that it is not enough even at rest.',
          { id: 'explainer.critical.summary.1' },
        ),
      sources: [...articleSources, 'global-vascular-guidelines'],
    },
    {
      text: () =>
        msg(
          'It needs care quickly: get help today. The signs to look out for, and where to get help, are below.',
          { id: 'explainer.critical.summary.urgent' },
        ),
      sources: ['global-vascular-guidelines', 'nhs-pad'],
    },
  ],
  detailsLabel: () =>
    msg('More about critical limb ischaemia', { id: 'explainer.critical.details-label' }),
  details: [
    {
      text: () =>
        msg(
          'Your GP can send you urgently to a vascular specialist. This is a doctor who treats problems with blood vessels.',
          { id: 'explainer.critical.details.specialist' },
        ),
      sources: ['global-vascular-guidelines'],
    },
    {
      text: () =>
        msg(
          'Doctors now often call it chronic limb-threatening ischaemia, or CLTI. Chronic means that it lasts a long time.',
          { id: 'explainer.critical.details.2' },
        ),
      sources: ['global-vascular-guidelines'],
    },
    outlook,
    stopSmoking,
  ],
};
