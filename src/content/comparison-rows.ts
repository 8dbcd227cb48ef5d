import { msg } from '../base/localization.js';
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
// reflows and a reader may meet a column cell by cell). Short sentences; medical words
// are explained where they first appear in a column.
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
            msg('Blood vessels that have become narrow or blocked.', {
              id: 'comparison.ischaemia.usual-cause.1',
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
              'It depends on how poor the blood supply is. Symptoms may come on only when the body needs more blood, such as when walking, or even at rest.',
              { id: 'comparison.ischaemia.when-symptoms-happen.1' },
            ),
          sources: [...article],
        },
      ],
      'typical-symptoms': [
        {
          text: () =>
            msg('In the legs: pain and tired legs.', {
              id: 'comparison.ischaemia.typical-symptoms.1',
            }),
          sources: [...article],
        },
        {
          text: () =>
            msg('If blood flow is not restored, sores that do not heal (ulcers) or tissue dying.', {
              id: 'comparison.ischaemia.typical-symptoms.2',
            }),
          sources: [...article],
        },
      ],
      'where-in-the-body': [
        {
          text: () =>
            msg('Many parts of the body, such as the heart, the brain or the legs.', {
              id: 'comparison.ischaemia.where-in-the-body.1',
            }),
          sources: [...article],
        },
      ],
      'what-eases-it': [
        {
          text: () =>
            msg('Better blood flow to the part of the body that is short of blood.', {
              id: 'comparison.ischaemia.what-eases-it.1',
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
              'For the legs, stopping smoking and treating blood pressure, cholesterol and diabetes also matter.',
              { id: 'comparison.ischaemia.main-treatment.2' },
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
              'A leg that suddenly becomes painful, pale, cold, numb or weak is an emergency: call 999.',
              { id: 'comparison.ischaemia.how-serious.2' },
            ),
          sources: ['nidirect-pad', 'nhs-pad'],
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
            msg('Pain in the leg muscles that comes on when walking and goes with rest.', {
              id: 'comparison.claudication.what-it-is.1',
            }),
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
              'When walking or exercising. The muscles need more blood than the narrow arteries can bring.',
              { id: 'comparison.claudication.when-symptoms-happen.1' },
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
            msg('Pain, cramp or a heavy feeling in the leg.', {
              id: 'comparison.claudication.typical-symptoms.1',
            }),
          sources: [...article],
        },
      ],
      'where-in-the-body': [
        {
          text: () =>
            msg('The legs, most often the calf. Sometimes the thigh, hip or buttock.', {
              id: 'comparison.claudication.where-in-the-body.1',
            }),
          sources: ['tasc-ii', 'nhs-pad'],
        },
      ],
      'what-eases-it': [
        {
          text: () =>
            msg('Rest. The pain usually goes within 10 minutes of stopping.', {
              id: 'comparison.claudication.what-eases-it.1',
            }),
          sources: ['tasc-ii'],
        },
      ],
      'main-treatment': [
        {
          text: () =>
            msg(
              'A supervised walking programme: about 2 hours a week for 3 months. It helps people walk further without pain.',
              { id: 'comparison.claudication.main-treatment.1' },
            ),
          sources: ['nice-cg147', 'cochrane-supervised-exercise', ...article],
        },
        {
          text: () =>
            msg(
              'Stopping smoking and treating blood pressure, cholesterol and diabetes also matter.',
              { id: 'comparison.claudication.main-treatment.2' },
            ),
          sources: ['nice-cg147', 'harlev-2021-review'],
        },
      ],
      'how-serious': [
        {
          text: () => msg('See a GP about it.', { id: 'comparison.claudication.how-serious.1' }),
          sources: ['nidirect-pad', ...article],
        },
        {
          text: () =>
            msg(
              'About 1 in 5 people with it go on to get critical limb ischaemia. Getting help early lowers the risk.',
              { id: 'comparison.claudication.how-serious.2' },
            ),
          sources: ['nice-cg147', ...article],
        },
        {
          text: () =>
            msg('Up to 6 in 10 people with it also have disease of the heart or neck arteries.', {
              id: 'comparison.claudication.how-serious.3',
            }),
          sources: ['harlev-2021-review'],
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
            msg('Doctors now often call it chronic limb-threatening ischaemia (CLTI).', {
              id: 'comparison.critical.what-it-is.2',
            }),
          sources: ['global-vascular-guidelines'],
        },
      ],
      'usual-cause': [
        {
          text: () =>
            msg('Leg arteries so narrow or blocked that very little blood gets through.', {
              id: 'comparison.critical.usual-cause.1',
            }),
          sources: [...article, 'global-vascular-guidelines'],
        },
      ],
      'when-symptoms-happen': [
        {
          text: () =>
            msg('At rest too, not just when walking. Pain is often worse at night.', {
              id: 'comparison.critical.when-symptoms-happen.1',
            }),
          sources: [...article, 'nhs-pad'],
        },
      ],
      'typical-symptoms': [
        {
          text: () =>
            msg(
              'Pain in the foot or toes at rest. A sore on the foot or leg that has not healed for more than 2 weeks. Toes or skin turning dark or black.',
              { id: 'comparison.critical.typical-symptoms.1' },
            ),
          sources: ['global-vascular-guidelines', 'nhs-pad'],
        },
      ],
      'where-in-the-body': [
        {
          text: () =>
            msg('A foot or leg, including the toes.', {
              id: 'comparison.critical.where-in-the-body.1',
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
              'Anyone who may have it should be sent urgently to a blood vessel specialist (a vascular specialist).',
              { id: 'comparison.critical.main-treatment.1' },
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
            msg(
              'Very serious: it can lead to tissue dying. Ask for an urgent GP appointment or call 111.',
              { id: 'comparison.critical.how-serious.1' },
            ),
          sources: [...article, 'nhs-pad'],
        },
      ],
    },
  },
};
