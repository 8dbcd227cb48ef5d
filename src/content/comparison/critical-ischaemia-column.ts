// The critical limb ischaemia column of the comparison: one cell per row.
import { msg } from '../../base/localization.js';
import { articleSources } from '../article-sources.js';
import { northernIrelandHelp } from '../get-help.js';
import type { ComparisonColumn } from './column.types.js';

/** The `critical-ischaemia` column, written to the rules in columns.ts. */
export const criticalIschaemiaColumn: ComparisonColumn = {
  title: () => msg('Critical limb ischaemia', { id: 'comparison.critical.title' }),
  cells: {
    'what-it-is': [
      {
        text: () =>
          msg('The blood supply to a leg is so poor that it is not enough even at rest.', {
            id: 'comparison.critical.what-it-is.1',
          }),
        sources: [...articleSources, 'global-vascular-guidelines'],
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
        sources: [...articleSources, 'global-vascular-guidelines'],
      },
    ],
    'when-symptoms-happen': [
      {
        text: () =>
          msg('Symptoms happen at rest too, not just when walking.', {
            id: 'comparison.critical.when-symptoms-happen.rest',
          }),
        sources: [...articleSources],
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
        sources: [...articleSources],
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
        sources: [...articleSources],
      },
    ],
    'how-serious': [
      {
        text: () =>
          msg('It is very serious, because parts of the foot or leg can die.', {
            id: 'comparison.critical.how-serious.very-serious',
          }),
        sources: [...articleSources],
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
};
