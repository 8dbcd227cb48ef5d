// The intermittent claudication explainer: leg pain on walking, how it feels and its outlook.
import { msg } from '../../base/localization.js';
import { articleSources } from '../article-sources.js';
import { manyHaveNoSymptoms } from '../shared-statements.js';
import { heartAndStroke, outlook, stopSmoking } from './shared-topic-statements.js';
import type { ExplainerTopicContent } from './topic-content.types.js';

/** The `intermittent-claudication` explainer, written to the rules in topics.ts. */
export const intermittentClaudicationExplainer: ExplainerTopicContent = {
  title: () => msg('Intermittent claudication', { id: 'explainer.claudication.title' }),
  summary: [
    {
      text: () =>
        msg(
          'Intermittent claudication is pain in the leg muscles that comes and goes. It comes on when you walk, and it goes away when you rest.',
          { id: 'explainer.claudication.summary.1' },
        ),
      sources: ['tasc-ii', 'nhs-pad'],
    },
    {
      text: () =>
        msg(
          'It happens when the arteries, the tubes that carry blood to the legs, are narrow. It is one way that ischaemia, a poor blood supply, can show itself.',
          { id: 'explainer.claudication.summary.2' },
        ),
      sources: [...articleSources],
    },
    stopSmoking,
  ],
  detailsLabel: () =>
    msg('More about intermittent claudication', { id: 'explainer.claudication.details-label' }),
  details: [
    {
      text: () =>
        msg(
          'When you walk, your leg muscles need more oxygen. Narrow arteries cannot bring enough blood, so the muscles start to hurt.',
          { id: 'explainer.claudication.details.1' },
        ),
      sources: [...articleSources],
    },
    {
      text: () =>
        msg('It can feel like pain, cramp or heaviness in the leg.', {
          id: 'explainer.claudication.details.2',
        }),
      sources: [...articleSources],
    },
    {
      text: () =>
        msg('It is usually felt in the calf. Sometimes it is in the thigh, hip or buttock.', {
          id: 'explainer.claudication.details.3',
        }),
      sources: ['tasc-ii', 'nhs-pad'],
    },
    {
      text: () =>
        msg(
          'The pain comes on in the same way each time you walk. It usually goes within 10 minutes of resting.',
          { id: 'explainer.claudication.details.4' },
        ),
      sources: ['tasc-ii'],
    },
    {
      text: () =>
        msg('Not everyone with ischaemia in the legs gets this kind of pain.', {
          id: 'explainer.claudication.details.5',
        }),
      sources: [...articleSources],
    },
    manyHaveNoSymptoms,
    heartAndStroke,
    outlook,
  ],
};
