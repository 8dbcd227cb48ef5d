// The intermittent claudication column of the comparison: one cell per row.
import { msg } from '../../base/localization.js';
import { articleSources } from '../article-sources.js';
import type { ComparisonColumn } from './column.types.js';

/** The `intermittent-claudication` column, written to the rules in columns.ts. */
export const intermittentClaudicationColumn: ComparisonColumn = {
  title: () => msg('Intermittent claudication', { id: 'comparison.claudication.title' }),
  cells: {
    'what-it-is': [
      {
        text: () =>
          msg(
            'It is pain in the leg muscles that comes and goes. It comes on when you walk and goes when you rest.',
            { id: 'comparison.claudication.what-it-is.comes-and-goes' },
          ),
        sources: ['tasc-ii', 'nhs-pad'],
      },
      {
        text: () =>
          msg('It is one way that ischaemia in the legs can show itself.', {
            id: 'comparison.claudication.what-it-is.2',
          }),
        sources: [...articleSources],
      },
    ],
    'usual-cause': [
      {
        text: () =>
          msg(
            'The leg arteries have become narrow, most often from fat and calcium building up inside them. Doctors call this peripheral arterial disease (PAD).',
            { id: 'comparison.claudication.usual-cause.1' },
          ),
        sources: [...articleSources, 'nice-cg147', 'nidirect-pad'],
      },
    ],
    'when-symptoms-happen': [
      {
        text: () =>
          msg(
            'It comes on when you walk or exercise. The muscles then need more blood than the narrow arteries can bring.',
            { id: 'comparison.claudication.when-symptoms-happen.walking' },
          ),
        sources: [...articleSources],
      },
      {
        text: () =>
          msg('It comes on in the same way each time.', {
            id: 'comparison.claudication.when-symptoms-happen.2',
          }),
        sources: ['tasc-ii'],
      },
    ],
    'typical-symptoms': [
      {
        text: () =>
          msg('It feels like pain, cramp or heaviness in the leg.', {
            id: 'comparison.claudication.typical-symptoms.feels',
          }),
        sources: [...articleSources],
      },
    ],
    'where-in-the-body': [
      {
        text: () =>
          msg(
            'It is in the legs, most often the calf. Sometimes it is in the thigh, hip or buttock.',
            {
              id: 'comparison.claudication.where-in-the-body.legs',
            },
          ),
        sources: ['tasc-ii', 'nhs-pad'],
      },
    ],
    'what-eases-it': [
      {
        text: () =>
          msg('Rest eases it. The pain usually goes within 10 minutes of stopping.', {
            id: 'comparison.claudication.what-eases-it.rest',
          }),
        sources: ['tasc-ii'],
      },
    ],
    'main-treatment': [
      {
        text: () =>
          msg(
            'The main treatment is a walking programme led by trained staff. It is about 2 hours a week for 3 months. It helps people walk further without pain.',
            { id: 'comparison.claudication.main-treatment.programme' },
          ),
        sources: ['nice-cg147', 'cochrane-supervised-exercise', ...articleSources],
      },
      {
        text: () =>
          msg(
            'Stopping smoking matters too. So does treating blood pressure, cholesterol and diabetes.',
            { id: 'comparison.claudication.main-treatment.risks' },
          ),
        sources: ['nice-cg147', 'sdu-claudicatio-intermittens'],
      },
    ],
    'how-serious': [
      {
        text: () =>
          msg('It is worth seeing a GP about it.', {
            id: 'comparison.claudication.how-serious.see-a-gp',
          }),
        sources: ['nidirect-pad', 'nhs-pad'],
      },
      {
        text: () =>
          msg(
            'For most people with it, the symptoms stay the same over time. About 1 in 5 go on to get critical limb ischaemia, where the leg does not get enough blood even at rest. Getting help early lowers the risk.',
            { id: 'comparison.claudication.how-serious.outlook' },
          ),
        sources: ['nice-cg147', ...articleSources],
      },
      {
        text: () =>
          msg(
            'People with it are also more likely to have a heart attack or a stroke, because arteries in other parts of the body are likely to be narrow too. Up to 6 in 10 also have serious disease in the arteries of the heart or neck.',
            { id: 'comparison.claudication.how-serious.heart' },
          ),
        sources: ['nice-cg147', 'sdu-claudicatio-intermittens'],
      },
    ],
  },
};
