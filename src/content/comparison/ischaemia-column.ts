// The ischaemia column of the comparison: one cell per row.
import { msg } from '../../base/localization.js';
import { articleSources } from '../article-sources.js';
import { manyHaveNoSymptoms } from '../shared-statements.js';
import type { ComparisonColumn } from './column.types.js';

/** The `ischaemia` column, written to the rules in columns.ts. */
export const ischaemiaColumn: ComparisonColumn = {
  title: () => msg('Ischaemia', { id: 'comparison.ischaemia.title' }),
  cells: {
    'what-it-is': [
      {
        text: () =>
          msg('Part of the body is not getting enough blood.', {
            id: 'comparison.ischaemia.what-it-is.1',
          }),
        sources: [...articleSources],
      },
      {
        text: () =>
          msg('It is the broad term. Intermittent claudication is one form of it.', {
            id: 'comparison.ischaemia.what-it-is.2',
          }),
        sources: [...articleSources],
      },
    ],
    'usual-cause': [
      {
        text: () =>
          msg('Blood vessels have become narrow or blocked.', {
            id: 'comparison.ischaemia.usual-cause.narrow',
          }),
        sources: [...articleSources],
      },
      {
        text: () =>
          msg(
            'In the legs, this is most often fat and calcium building up inside the arteries (atherosclerosis).',
            { id: 'comparison.ischaemia.usual-cause.2' },
          ),
        sources: [...articleSources, 'nice-cg147'],
      },
    ],
    'when-symptoms-happen': [
      {
        text: () =>
          msg(
            'It depends on how poor the blood supply is. Symptoms may come on when the body needs more blood, such as when walking. If the blood supply is very poor, they can happen at rest too.',
            { id: 'comparison.ischaemia.when-symptoms-happen.1' },
          ),
        sources: [...articleSources],
      },
      manyHaveNoSymptoms,
    ],
    'typical-symptoms': [
      {
        text: () =>
          msg('In the legs, it can cause pain and tired legs.', {
            id: 'comparison.ischaemia.typical-symptoms.legs',
          }),
        sources: [...articleSources],
      },
      {
        text: () =>
          msg(
            'If blood flow does not get better, it can cause sores that do not heal (ulcers). Parts of the skin and flesh can die.',
            { id: 'comparison.ischaemia.typical-symptoms.ulcers' },
          ),
        sources: [...articleSources],
      },
    ],
    'where-in-the-body': [
      {
        text: () =>
          msg('It can affect many parts of the body, such as the heart, the brain or the legs.', {
            id: 'comparison.ischaemia.where-in-the-body.many',
          }),
        sources: [...articleSources],
      },
    ],
    'what-eases-it': [
      {
        text: () =>
          msg('It eases when more blood can reach the part of the body that is short of it.', {
            id: 'comparison.ischaemia.what-eases-it.blood-flow',
          }),
        sources: [...articleSources],
      },
    ],
    'main-treatment': [
      {
        text: () =>
          msg(
            'It depends on the cause and how bad it is. The aim is to improve blood flow and ease the symptoms.',
            { id: 'comparison.ischaemia.main-treatment.1' },
          ),
        sources: [...articleSources],
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
        sources: [...articleSources],
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
};
