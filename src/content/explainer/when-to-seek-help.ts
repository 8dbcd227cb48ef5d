// The when-to-get-help explainer: when to see a GP, and why it is worth it.
import { msg } from '../../base/localization.js';
import { articleSources } from '../article-sources.js';
import { diabetesFeet } from './shared-topic-statements.js';
import type { ExplainerTopicContent } from './topic-content.types.js';

/** The `when-to-seek-help` explainer, written to the rules in topics.ts. */
export const whenToSeekHelpExplainer: ExplainerTopicContent = {
  title: () => msg('When to get help', { id: 'explainer.seek-help.title' }),
  summary: [
    {
      text: () =>
        msg(
          'See a GP if your legs hurt, cramp or feel heavy when you walk and get better when you rest.',
          { id: 'explainer.seek-help.see-a-gp' },
        ),
      sources: ['nidirect-pad', 'nhs-pad'],
    },
    {
      text: () =>
        msg(
          'See a GP too if leg pain stops you doing everyday things, or if it is getting worse.',
          {
            id: 'explainer.seek-help.see-a-gp-too',
          },
        ),
      sources: ['nhs-pad', 'nidirect-pad'],
    },
  ],
  detailsLabel: () =>
    msg('Why it is worth seeing someone', { id: 'explainer.seek-help.details-label' }),
  details: [
    {
      text: () =>
        msg('Leg pain when walking is not just a part of getting older.', {
          id: 'explainer.seek-help.not-ageing',
        }),
      sources: ['nidirect-pad'],
    },
    {
      text: () =>
        msg('Getting help early lowers the risk of problems such as critical limb ischaemia.', {
          id: 'explainer.seek-help.details.early',
        }),
      sources: [...articleSources],
    },
    {
      text: () =>
        msg(
          'Only a healthcare professional, such as a GP, can find out what is causing your symptoms.',
          { id: 'explainer.seek-help.details.3' },
        ),
      sources: ['nidirect-pad'],
    },
    diabetesFeet,
  ],
};
