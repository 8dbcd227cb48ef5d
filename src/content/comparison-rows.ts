import { msg } from '../base/localization.js';
import { northernIrelandHelp } from './get-help.js';
import { manyHaveNoSymptoms } from './shared-statements.js';
import type { Statement } from './statement.types.js';

/** The conditions `<circ-comparison>` compares, one column each, in column order. */
export const comparisonColumnNames = [
  'ischaemia',
  'intermittent-claudication',
  'critical-ischaemia',
] as const;

/** One column of the comparison table. */
export type ComparisonColumnName = (typeof comparisonColumnNames)[number];

/** The questions the table answers, one row each, in row order. */
export const comparisonRowNames = [
  'what-it-is',
  'usual-cause',
  'when-symptoms-happen',
  'typical-symptoms',
  'where-in-the-body',
  'what-eases-it',
  'main-treatment',
  'how-serious',
] as const;

/** One row of the comparison table. */
export type ComparisonRowName = (typeof comparisonRowNames)[number];

/** The text of one column: its header and, per row, the statements in its cell. */
export interface ComparisonColumn {
  readonly title: () => string;
  readonly cells: Readonly<Record<ComparisonRowName, readonly Statement[]>>;
}

/** The table's heading (which also names it): with or without the critical column. */
export const comparisonHeading = {
  twoColumns: () =>
    msg('Ischaemia and intermittent claudication: the difference', {
      id: 'comparison.heading',
    }),
  withCritical: () =>
    msg('Ischaemia, intermittent claudication and critical limb ischaemia: the differences', {
      id: 'comparison.heading-with-critical',
    }),
};

/** The row headers. */
export const comparisonRowLabels: Readonly<Record<ComparisonRowName, () => string>> = {
  'what-it-is': () => msg('What it is', { id: 'comparison.row.what-it-is' }),
  'usual-cause': () => msg('Usual cause', { id: 'comparison.row.usual-cause' }),
  'when-symptoms-happen': () =>
    msg('When symptoms happen', { id: 'comparison.row.when-symptoms-happen' }),
  'typical-symptoms': () => msg('Typical symptoms', { id: 'comparison.row.typical-symptoms' }),
  'where-in-the-body': () => msg('Where in the body', { id: 'comparison.row.where-in-the-body' }),
  'what-eases-it': () => msg('What eases it', { id: 'comparison.row.what-eases-it' }),
  'main-treatment': () => msg('Main treatment', { id: 'comparison.row.main-treatment' }),
  'how-serious': () => msg('How serious it is', { id: 'comparison.row.how-serious' }),
};

// Written for a reading age of about 9 to 11 from shared/content/clinical-facts.md, one
// column per condition so that each reads on its own (in a narrow container the table
// reflows and a reader may meet a column cell by cell). Every cell is whole sentences;
// medical words are explained where they first appear in a column. Where to get help
// (999, urgent GP or 111) is not left to one cell: the comparison always ends with the
// help block of get-help.ts.
const article = ['eur-treatment-strategies', 'sdu-claudicatio-intermittens'] as const;

/** The built-in columns, keyed by condition. */
export const comparisonColumns: Readonly<Record<ComparisonColumnName, ComparisonColumn>> = {
  ischaemia: {
    title: () => msg('Ischaemia', { id: 'comparison.ischaemia.title' }),
    cells: {
      'what-it-is': [
        {
          text: () =>
            msg('Part of the body is not getting enough blood.', {
              id: 'comparison.ischaemia.what-it-is.1',
            }),
          sources: [...article],
        },
        {
          text: () =>
            msg('It is the broad term. Intermittent claudication is one form of it.', {
              id: 'comparison.ischaemia.what-it-is.2',
            }),
          sources: [...article],
        },
      ],
      'usual-cause': [
        {
          text: () =>
            msg('Blood vessels have become narrow or blocked.', {
              id: 'comparison.ischaemia.usual-cause.narrow',
            }),
          sources: [...article],
        },
        {
          text: () =>
            msg(
              'In the legs, this is most often fat and calcium building up inside the arteries (atherosclerosis).',
              { id: 'comparison.ischaemia.usual-cause.2' },
            ),
          sources: [...article, 'nice-cg147'],
        },
      ],
      'when-symptoms-happen': [
        {
          text: () =>
            msg(
              'It depends on how poor the blood supply is. Symptoms may come on when the body needs more blood, such as when walking. If the blood supply is very poor, they can happen at rest too.',
              { id: 'comparison.ischaemia.when-symptoms-happen.1' },
            ),
          sources: [...article],
        },
        manyHaveNoSymptoms,
      ],
      'typical-symptoms': [
        {
          text: () =>
            msg('In the legs, it can cause pain and tired legs.', {
              id: 'comparison.ischaemia.typical-symptoms.legs',
            }),
          sources: [...article],
        },
        {
          text: () =>
            msg(
              'If blood flow does not get better, it can cause sores that do not heal (ulcers). Parts of the skin and flesh can die.',
              { id: 'comparison.ischaemia.typical-symptoms.ulcers' },
            ),
          sources: [...article],
        },
      ],
      'where-in-the-body': [
        {
          text: () =>
            msg('It can affect many parts of the body, such as the heart, the brain or the legs.', {
              id: 'comparison.ischaemia.where-in-the-body.many',
            }),
          sources: [...article],
        },
      ],
      'what-eases-it': [
        {
          text: () =>
            msg('It eases when more blood can reach the part of the body that is short of it.', {
              id: 'comparison.ischaemia.what-eases-it.blood-flow',
            }),
          sources: [...article],
        },
      ],
      'main-treatment': [
        {
          text: () =>
            msg(
              'It depends on the cause and how bad it is. The aim is to improve blood flow and ease the symptoms.',
              { id: 'comparison.ischaemia.main-treatment.1' },
            ),
          sources: [...article],
        },
        {
          text: () =>
            msg(
              'For the legs, stopping smoking matters. So does treating blood pressure, cholesterol and diabetes.',
              { id: 'comparison.ischaemia.main-treatment.risks' },
            ),
          sources: ['nice-cg147'],
        },
      ],
      'how-serious': [
        {
          text: () =>
            msg(
              'It can be mild or serious. A very poor blood supply to a leg can become critical limb ischaemia.',
              { id: 'comparison.ischaemia.how-serious.1' },
            ),
          sources: [...article],
        },
        {
          text: () =>
            msg(
              'Narrow leg arteries also make a heart attack or a stroke more likely, because other arteries are likely to be narrow too.',
              { id: 'comparison.ischaemia.how-serious.heart' },
            ),
          sources: ['nice-cg147', 'nice-ng19'],
        },
        {
          text: () =>
            msg(
              'A leg that suddenly becomes painful, pale, cold, numb or weak is an emergency: call 999 or go to A&E now.',
              { id: 'comparison.ischaemia.how-serious.2' },
            ),
          sources: ['nhs-pad', 'nidirect-pad'],
        },
      ],
    },
  },

  'intermittent-claudication': {
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
          sources: [...article],
        },
      ],
      'usual-cause': [
        {
          text: () =>
            msg(
              'The leg arteries have become narrow, most often from fat and calcium building up inside them. Doctors call this peripheral arterial disease (PAD).',
              { id: 'comparison.claudication.usual-cause.1' },
            ),
          sources: [...article, 'nice-cg147', 'nidirect-pad'],
        },
      ],
      'when-symptoms-happen': [
        {
          text: () =>
            msg(
              'It comes on when you walk or exercise. The muscles then need more blood than the narrow arteries can bring.',
              { id: 'comparison.claudication.when-symptoms-happen.walking' },
            ),
          sources: [...article],
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
          sources: [...article],
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
          sources: ['nice-cg147', 'cochrane-supervised-exercise', ...article],
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
          sources: ['nice-cg147', ...article],
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
  },

  'critical-ischaemia': {
    title: () => msg('Critical limb ischaemia', { id: 'comparison.critical.title' }),
    cells: {
      'what-it-is': [
        {
          text: () =>
            msg('The blood supply to a leg is so poor that it is not enough even at rest.', {
              id: 'comparison.critical.what-it-is.1',
            }),
          sources: [...article, 'global-vascular-guidelines'],
        },
        {
          text: () =>
            msg(
              'Doctors now often call it chronic limb-threatening ischaemia (CLTI). Chronic means that it lasts a long time.',
              { id: 'comparison.critical.what-it-is.clti' },
            ),
          sources: ['global-vascular-guidelines'],
        },
      ],
      'usual-cause': [
        {
          text: () =>
            msg('The leg arteries are so narrow or blocked that very little blood gets through.', {
              id: 'comparison.critical.usual-cause.narrow',
            }),
          sources: [...article, 'global-vascular-guidelines'],
        },
      ],
      'when-symptoms-happen': [
        {
          text: () =>
            msg('Symptoms happen at rest too, not just when walking.', {
              id: 'comparison.critical.when-symptoms-happen.rest',
            }),
          sources: [...article],
        },
        {
          text: () =>
            msg('Pain in the foot or toes is often worse at night.', {
              id: 'comparison.critical.when-symptoms-happen.night',
            }),
          sources: ['nhs-pad'],
        },
      ],
      'typical-symptoms': [
        {
          text: () => msg('The signs are:', { id: 'comparison.critical.typical-symptoms.signs' }),
          items: [
            () =>
              msg('pain in the foot or toes at rest, especially at night', {
                id: 'comparison.critical.typical-symptoms.rest-pain',
              }),
            () =>
              msg('a sore on the foot or leg that has not healed in 2 weeks', {
                id: 'comparison.critical.typical-symptoms.wound',
              }),
            () =>
              msg('toes or skin turning dark or black', {
                id: 'comparison.critical.typical-symptoms.skin',
              }),
          ],
          sources: ['global-vascular-guidelines', 'nhs-pad'],
        },
      ],
      'where-in-the-body': [
        {
          text: () =>
            msg('It affects a foot or leg, including the toes.', {
              id: 'comparison.critical.where-in-the-body.foot',
            }),
          sources: ['global-vascular-guidelines', 'nhs-pad'],
        },
      ],
      'what-eases-it': [
        {
          text: () =>
            msg('Rest does not make it go away, as the blood supply is too poor even at rest.', {
              id: 'comparison.critical.what-eases-it.1',
            }),
          sources: [...article],
        },
      ],
      'main-treatment': [
        {
          text: () =>
            msg(
              'It needs urgent care from a vascular specialist. This is a doctor who treats problems with blood vessels.',
              { id: 'comparison.critical.main-treatment.specialist' },
            ),
          sources: ['global-vascular-guidelines'],
        },
        {
          text: () =>
            msg('Treatment aims to improve the blood flow to the leg.', {
              id: 'comparison.critical.main-treatment.2',
            }),
          sources: [...article],
        },
      ],
      'how-serious': [
        {
          text: () =>
            msg('It is very serious, because parts of the foot or leg can die.', {
              id: 'comparison.critical.how-serious.very-serious',
            }),
          sources: [...article],
        },
        {
          text: () =>
            msg('Ask for an urgent GP appointment or call 111 today.', {
              id: 'comparison.critical.how-serious.urgent',
            }),
          sources: ['nhs-pad', 'global-vascular-guidelines'],
        },
        northernIrelandHelp,
      ],
    },
  },
};
