import { msg } from '../base/localization.js';
import type { Statement } from './statement.types.js';

/** The built-in explainer topics, in the order a reader would meet them. */
export const explainerTopicNames = [
  'ischaemia',
  'intermittent-claudication',
  'critical-ischaemia',
  'treatment',
  'when-to-seek-help',
] as const;

/** Which built-in explainer `<circ-explainer>` shows. */
export type ExplainerTopic = (typeof explainerTopicNames)[number];

/** The text of one explainer: a short summary, then more detail behind a toggle. */
export interface ExplainerTopicContent {
  readonly title: () => string;
  readonly summary: readonly Statement[];
  /** Label of the toggle that opens the detail. */
  readonly detailsLabel: () => string;
  readonly details: readonly Statement[];
}

// Written for a reading age of about 9 to 11 from shared/content/clinical-facts.md.
// Short sentences; every medical word is explained the first time it appears.
// Safety: red flags are never hidden behind the toggle.
const article = ['eur-treatment-strategies', 'sdu-claudicatio-intermittens'] as const;

/** The built-in explainers, keyed by topic. */
export const explainerTopics: Readonly<Record<ExplainerTopic, ExplainerTopicContent>> = {
  ischaemia: {
    title: () => msg('Ischaemia', { id: 'explainer.ischaemia.title' }),
    summary: [
      {
        text: () =>
          msg('Ischaemia means that part of the body is not getting enough blood.', {
            id: 'explainer.ischaemia.summary.1',
          }),
        sources: [...article],
      },
      {
        text: () =>
          msg(
            'It usually happens because blood vessels have become narrow or blocked. Less oxygen and food for the body then gets through.',
            { id: 'explainer.ischaemia.summary.2' },
          ),
        sources: [...article],
      },
    ],
    detailsLabel: () => msg('More about ischaemia', { id: 'explainer.ischaemia.details-label' }),
    details: [
      {
        text: () =>
          msg(
            'Ischaemia can happen in many parts of the body, such as the heart, the brain or the legs.',
            {
              id: 'explainer.ischaemia.details.1',
            },
          ),
        sources: [...article],
      },
      {
        text: () =>
          msg(
            'In the legs, the usual cause is atherosclerosis. This is when fat and calcium build up inside the arteries, the tubes that carry blood to the legs.',
            { id: 'explainer.ischaemia.details.2' },
          ),
        sources: [...article, 'nice-cg147'],
      },
      {
        text: () =>
          msg(
            'Doctors call this narrowing of the leg arteries peripheral arterial disease, or PAD for short.',
            { id: 'explainer.ischaemia.details.3' },
          ),
        sources: ['nice-cg147', 'nidirect-pad'],
      },
      {
        text: () =>
          msg(
            'Ischaemia in the legs can cause pain and tired legs. If blood flow is not restored, it can lead to sores that do not heal (ulcers) or to tissue dying.',
            { id: 'explainer.ischaemia.details.4' },
          ),
        sources: [...article],
      },
    ],
  },

  'intermittent-claudication': {
    title: () => msg('Intermittent claudication', { id: 'explainer.claudication.title' }),
    summary: [
      {
        text: () =>
          msg(
            'Intermittent claudication is pain in the leg muscles that comes on when you walk and goes away when you rest.',
            { id: 'explainer.claudication.summary.1' },
          ),
        sources: ['tasc-ii', 'nhs-pad'],
      },
      {
        text: () =>
          msg('It is one way that ischaemia in the legs can show itself.', {
            id: 'explainer.claudication.summary.2',
          }),
        sources: [...article],
      },
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
        sources: [...article],
      },
      {
        text: () =>
          msg('It can feel like pain, cramp or heaviness in the leg.', {
            id: 'explainer.claudication.details.2',
          }),
        sources: [...article],
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
            'The pain comes on in the same way each time you exercise. It usually goes within 10 minutes of resting.',
            { id: 'explainer.claudication.details.4' },
          ),
        sources: ['tasc-ii'],
      },
      {
        text: () =>
          msg('Not everyone with ischaemia in the legs gets this kind of pain.', {
            id: 'explainer.claudication.details.5',
          }),
        sources: [...article],
      },
    ],
  },

  'critical-ischaemia': {
    title: () => msg('Critical limb ischaemia', { id: 'explainer.critical.title' }),
    summary: [
      {
        text: () =>
          msg(
            'Critical limb ischaemia is when the blood supply to a leg is so poor that it is not enough even at rest.',
            { id: 'explainer.critical.summary.1' },
          ),
        sources: [...article, 'global-vascular-guidelines'],
      },
      {
        text: () =>
          msg(
            'It needs urgent care. Anyone who may have it should be sent urgently to a blood vessel specialist (a vascular specialist).',
            { id: 'explainer.critical.summary.2' },
          ),
        sources: ['global-vascular-guidelines'],
      },
    ],
    detailsLabel: () =>
      msg('More about critical limb ischaemia', { id: 'explainer.critical.details-label' }),
    details: [
      {
        text: () =>
          msg(
            'Signs include pain in the foot or toes when resting, a sore on the foot or leg that has not healed for more than 2 weeks, and toes or skin turning dark or black.',
            { id: 'explainer.critical.details.1' },
          ),
        sources: ['global-vascular-guidelines'],
      },
      {
        text: () =>
          msg('Doctors now often call it chronic limb-threatening ischaemia, or CLTI.', {
            id: 'explainer.critical.details.2',
          }),
        sources: ['global-vascular-guidelines'],
      },
      {
        text: () =>
          msg(
            'About 1 in 5 people with intermittent claudication go on to get critical limb ischaemia.',
            { id: 'explainer.critical.details.3' },
          ),
        sources: ['nice-cg147'],
      },
      {
        text: () =>
          msg('Getting help early lowers the risk of it happening.', {
            id: 'explainer.critical.details.4',
          }),
        sources: [...article],
      },
    ],
  },

  treatment: {
    title: () => msg('Treatment', { id: 'explainer.treatment.title' }),
    summary: [
      {
        text: () =>
          msg(
            'Treatment depends on how bad the problem is and what is causing it. The aim is to improve blood flow and ease the symptoms.',
            { id: 'explainer.treatment.summary.1' },
          ),
        sources: [...article],
      },
      {
        text: () =>
          msg(
            'For intermittent claudication, a supervised walking programme is one of the best treatments. It helps people walk further without pain.',
            { id: 'explainer.treatment.summary.2' },
          ),
        sources: [...article, 'nice-cg147', 'cochrane-supervised-exercise'],
      },
    ],
    detailsLabel: () => msg('More about treatment', { id: 'explainer.treatment.details-label' }),
    details: [
      {
        text: () =>
          msg(
            'NICE advises that everyone with intermittent claudication is offered supervised exercise. This is about 2 hours a week for 3 months.',
            { id: 'explainer.treatment.details.1' },
          ),
        sources: ['nice-cg147'],
      },
      {
        text: () =>
          msg(
            'In each session you walk until the pain is quite strong, rest until it eases, and then walk again.',
            { id: 'explainer.treatment.details.2' },
          ),
        sources: ['nice-cg147', 'esvs-2024-claudication'],
      },
      {
        text: () =>
          msg('Supervised exercise helps more than exercise at home or being told to walk more.', {
            id: 'explainer.treatment.details.3',
          }),
        sources: ['cochrane-supervised-exercise'],
      },
      {
        text: () =>
          msg(
            'Exercise programmes can improve quality of life and lower the need for an operation or other procedure.',
            { id: 'explainer.treatment.details.4' },
          ),
        sources: [...article],
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
            'Stopping smoking and treating blood pressure, cholesterol and diabetes also matter. They protect the heart as well as the legs.',
            { id: 'explainer.treatment.details.6' },
          ),
        sources: ['nice-cg147', 'harlev-2021-review'],
      },
    ],
  },

  'when-to-seek-help': {
    title: () => msg('When to get help', { id: 'explainer.seek-help.title' }),
    summary: [
      {
        text: () =>
          msg(
            'Call 999 or go to A&E now if a leg suddenly becomes painful, pale, cold, numb or weak.',
            { id: 'explainer.seek-help.summary.1' },
          ),
        sources: ['nidirect-pad', 'nhs-pad'],
      },
      {
        text: () =>
          msg(
            'Ask for an urgent GP appointment or call 111 if you have pain in your foot or toes at rest, a sore that has not healed in 2 weeks, or toes or skin turning dark or black.',
            { id: 'explainer.seek-help.summary.2' },
          ),
        sources: ['global-vascular-guidelines', 'nhs-pad'],
      },
      {
        text: () =>
          msg(
            'See a GP if your legs hurt, cramp or feel heavy when you walk and get better when you rest.',
            { id: 'explainer.seek-help.summary.3' },
          ),
        sources: ['nidirect-pad', ...article],
      },
    ],
    detailsLabel: () =>
      msg('Why it is worth seeing someone', { id: 'explainer.seek-help.details-label' }),
    details: [
      {
        text: () =>
          msg(
            'See a specialist if leg pain or cramp stops you doing everyday things, or if it is getting worse.',
            { id: 'explainer.seek-help.details.1' },
          ),
        sources: [...article],
      },
      {
        text: () =>
          msg(
            'Leg pain when walking is not just a part of getting older. Getting help early lowers the risk of problems such as critical limb ischaemia.',
            { id: 'explainer.seek-help.details.2' },
          ),
        sources: ['nidirect-pad', ...article],
      },
      {
        text: () =>
          msg(
            'Only a healthcare professional, such as a GP, can find out what is causing your symptoms.',
            {
              id: 'explainer.seek-help.details.3',
            },
          ),
        sources: ['nidirect-pad'],
      },
    ],
  },
};

/** True when `value` names a built-in explainer topic. */
export function isExplainerTopic(value: unknown): value is ExplainerTopic {
  return (explainerTopicNames as readonly unknown[]).includes(value);
}
