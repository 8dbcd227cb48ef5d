import { msg } from '../base/localization.js';
import { manyHaveNoSymptoms } from './shared-statements.js';
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
// Short sentences; every medical word is explained the first time it appears in a topic,
// because a partner may show any topic on its own. Safety: red flags are never hidden
// behind the toggle: every explainer ends with the help block of get-help.ts, which is
// always visible. The summary says what NHS pages always say up front (stopping smoking).
const article = ['eur-treatment-strategies', 'sdu-claudicatio-intermittens'] as const;

const stopSmoking: Statement = {
  text: () =>
    msg('If you smoke, stopping smoking helps to protect your legs and your heart.', {
      id: 'explainer.stop-smoking',
    }),
  sources: ['nice-cg147', 'sdu-claudicatio-intermittens'],
};

const heartAndStroke: Statement = {
  text: () =>
    msg(
      'Narrow leg arteries also make a heart attack or a stroke more likely. This is because arteries in other parts of the body are likely to be narrow too.',
      { id: 'explainer.heart-and-stroke' },
    ),
  sources: ['nice-cg147', 'nice-ng19'],
};

// NICE CG147: never give the 1 in 5 without its first half.
const outlook: Statement = {
  text: () =>
    msg(
      'For most people who get leg pain when walking (intermittent claudication), the symptoms stay the same over time. About 1 in 5 go on to get critical limb ischaemia, where the leg does not get enough blood even at rest.',
      { id: 'explainer.outlook' },
    ),
  sources: ['nice-cg147'],
};

const diabetesFeet: Statement = {
  text: () =>
    msg(
      'About 1 in 3 people over 50 who have diabetes have narrow leg arteries. If you have diabetes, ask your GP surgery to check your feet at least once a year.',
      { id: 'explainer.diabetes-feet' },
    ),
  sources: ['nice-ng19'],
};

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
            'It usually happens because blood vessels have become narrow or blocked. Then less oxygen and food reach that part of the body.',
            { id: 'explainer.ischaemia.summary.2' },
          ),
        sources: [...article],
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
        sources: [...article],
      },
      {
        text: () =>
          msg(
            'In the legs, the usual cause is fat and calcium building up inside the arteries. Arteries are the tubes that carry blood to the legs. Doctors call this build-up atherosclerosis.',
            { id: 'explainer.ischaemia.details.2' },
          ),
        sources: [...article, 'nice-cg147'],
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
        sources: [...article],
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
  },

  'intermittent-claudication': {
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
        sources: [...article],
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
        sources: [...article],
      },
      manyHaveNoSymptoms,
      heartAndStroke,
      outlook,
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
          msg('If you smoke, stopping smoking is part of the treatment.', {
            id: 'explainer.treatment.stop-smoking',
          }),
        sources: ['nice-cg147'],
      },
      {
        text: () =>
          msg(
            'For intermittent claudication, leg pain that comes on when you walk, a walking programme led by trained staff is one of the best treatments. It helps people walk further without pain. Ask your GP about it.',
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
            'NICE, which writes health guidance used by the NHS, says that everyone with intermittent claudication should be offered supervised exercise. Supervised means that trained staff lead the sessions. It is about 2 hours a week for 3 months.',
            { id: 'explainer.treatment.details.1' },
          ),
        sources: ['nice-cg147'],
      },
      {
        text: () =>
          msg(
            'In the sessions, trained staff help you walk until the pain is close to its worst. Then you rest until it eases, and walk again. Only walk on like this with the usual pain in the leg muscles, the kind that goes when you rest.',
            { id: 'explainer.treatment.details.2' },
          ),
        sources: ['nice-cg147'],
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
            'Exercise programmes can make daily life better. They can also lower the need for an operation or other procedure.',
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
            'Treating blood pressure, cholesterol and diabetes also matters. This protects the heart as well as the legs.',
            { id: 'explainer.treatment.details.6' },
          ),
        sources: ['nice-cg147', 'sdu-claudicatio-intermittens'],
      },
    ],
  },

  'when-to-seek-help': {
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
        sources: [...article],
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
  },
};

/** True when `value` names a built-in explainer topic. */
export function isExplainerTopic(value: unknown): value is ExplainerTopic {
  return (explainerTopicNames as readonly unknown[]).includes(value);
}
