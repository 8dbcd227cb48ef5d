// The ischaemia explainer: what ischaemia is, what causes it in the legs and who gets it.
import { msg } from '../../base/localization.js';
import { articleSources } from '../article-sources.js';
import { manyHaveNoSymptoms } from '../shared-statements.js';
import { diabetesFeet, heartAndStroke, stopSmoking } from './shared-topic-statements.js';
import type { ExplainerTopicContent } from './topic-content.types.js';

/** The `ischaemia` explainer, written to the rules in topics.ts. */
export const ischaemiaExplainer: ExplainerTopicContent = {
  title: () => msg('Ischaemia', { id: 'explainer.ischaemia.title' }),
  summary: [
    {
      text: () =>
        msg('Ischaemia means that part of the body is not getting enough blood.', {
          id: 'explainer.ischaemia.summary.1',
        }),
      sources: [...articleSources],
    },
    {
      text: () =>
        msg(
          'It usually happens because blood vessels have become narrow or blocked. Then less oxygen and food reach that part of the body.',
          { id: 'explainer.ischaemia.summary.2' },
        ),
      sources: [...articleSources],
    },
    stopSmoking,
  ],
  detailsLabel: () => msg('More about ischaemia', { id: 'explainer.ischaemia.details-label' }),
  details: [
    {
      text: () =>
        msg(
          'Ischaemia can happen in many parts of the body, such as the heart, the brain or the legs.',
          { id: 'explainer.ischaemia.details.1' },
        ),
      sources: [...articleSources],
    },
    {
      text: () =>
        msg(
          'In the legs, the usual cause is fat and calcium building up inside the arteries. Arteries are the tubes that carry blood to the legs. Doctors call this build-up atherosclerosis.',
          { id: 'explainer.ischaemia.details.2' },
        ),
      sources: [...articleSources, 'nice-cg147'],
    },
    {
      text: () =>
        msg(
          'When this build-up narrows the leg arteries, doctors call it peripheral arterial disease, or PAD for short.',
          { id: 'explainer.ischaemia.details.3' },
        ),
      sources: ['nice-cg147', 'nidirect-pad'],
    },
    {
      text: () =>
        msg(
          'Ischaemia in the legs can cause pain and tired legs. If the blood flow does not get better, it can cause sores that do not heal, called ulcers. In time, parts of the skin and flesh can die.',
          { id: 'explainer.ischaemia.details.4' },
        ),
      sources: [...articleSources],
    },
    manyHaveNoSymptoms,
    heartAndStroke,
    {
      text: () =>
        msg('Smoking and diabetes make narrow leg arteries more likely.', {
          id: 'explainer.ischaemia.details.risk',
        }),
      sources: ['nice-cg147'],
    },
    diabetesFeet,
  ],
};
