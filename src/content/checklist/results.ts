// The checklist's result statements for each answer pattern, and its "not a diagnosis".
import { msg } from '../../base/localization.js';
import type { ChecklistPattern } from '../../checklist/checklist.types.js';
import type { Statement } from '../statement.types.js';

// Written for a reading age of about 9 to 11 from shared/content/clinical-facts.md.
// Safety rules: never say "you have" a condition, say what the answers match; say that
// only a healthcare professional can diagnose; never reassure: a result that does not
// match the pattern says that this does not rule out a circulation problem (the
// questionnaire misses about half of the people with PAD in UK general practice) and when
// to see a GP anyway. Text is a function so msg() runs at render time.

/** Said once anything is answered, whatever the result. */
export const notADiagnosis: Statement = {
  text: () =>
    msg(
      'This is not a diagnosis. Only a doctor or nurse can find out what is causing your symptoms.',
      { id: 'checklist.result.not-a-diagnosis-doctor' },
    ),
  sources: ['nidirect-pad'],
};

// Explains the medical term wherever a result names it.
const claudicationExplained: Statement = {
  text: () =>
    msg(
      'Intermittent claudication is leg pain that comes on when you walk. It goes away after a short rest. It happens when the arteries, the tubes that carry blood to the legs, are narrow. Then the muscles do not get enough blood.',
      { id: 'checklist.result.claudication-explained' },
    ),
  sources: ['tasc-ii', 'eur-treatment-strategies', 'sdu-claudicatio-intermittens'],
};

// Never reassure: the questionnaire screens, it does not diagnose (Boylan 2021: it found
// about half of the people with PAD in UK general practice).
const doesNotRuleOut: Statement = {
  text: () =>
    msg(
      'This does not rule out a problem with the blood flow in your legs. These questions can miss it. In one UK study, they missed about half of the people who had it.',
      { id: 'checklist.result.does-not-rule-out' },
    ),
  sources: ['boylan-2021-ecq'],
};

const noSymptomsDoesNotRuleOut: Statement = {
  text: () =>
    msg(
      'This does not rule out a problem with the blood flow in your legs. Many people with narrow leg arteries have no symptoms at all.',
      { id: 'checklist.result.no-symptoms' },
    ),
  sources: ['nhs-pad', 'nidirect-pad'],
};

const seeAGpAnyway: Statement = {
  text: () => msg('See a GP if:', { id: 'checklist.result.see-a-gp-if' }),
  items: [
    () =>
      msg('your legs start to hurt, cramp or feel heavy when you walk', {
        id: 'checklist.result.see-a-gp-if.walking',
      }),
    () =>
      msg('leg pain stops you doing everyday things, or is getting worse', {
        id: 'checklist.result.see-a-gp-if.daily-life',
      }),
  ],
  sources: ['nhs-pad', 'nidirect-pad'],
};

/**
 * What the answers are consistent with, for each finished pattern: the first statement
 * says it (and is what screen readers hear when it changes). Never "you have".
 */
export const patternStatements: Readonly<
  Record<Exclude<ChecklistPattern, 'incomplete'>, readonly Statement[]>
> = {
  typical: [
    {
      text: () =>
        msg('Your answers match the usual pattern of intermittent claudication.', {
          id: 'checklist.result.typical',
        }),
      sources: ['edinburgh-claudication-questionnaire'],
    },
    claudicationExplained,
  ],
  atypical: [
    {
      text: () =>
        msg(
          'Your answers partly match the pattern of intermittent claudication. You said the pain is in your thigh or buttock, not your calf.',
          { id: 'checklist.result.atypical-pattern' },
        ),
      sources: ['edinburgh-claudication-questionnaire'],
    },
    claudicationExplained,
    {
      text: () =>
        msg('This pain is usually in the calf, but it can be in the thigh, hip or buttock.', {
          id: 'checklist.result.atypical-sites',
        }),
      sources: ['tasc-ii', 'nhs-pad'],
    },
  ],
  unlikely: [
    {
      text: () =>
        msg('Your answers do not match the usual pattern of intermittent claudication.', {
          id: 'checklist.result.unlikely',
        }),
      sources: ['edinburgh-claudication-questionnaire'],
    },
    doesNotRuleOut,
    claudicationExplained,
  ],
  'unable-to-walk': [
    {
      text: () =>
        msg(
          'You said you are unable to walk. So these questions cannot check for intermittent claudication, which is leg pain that comes on when you walk.',
          { id: 'checklist.result.unable-to-walk' },
        ),
      sources: ['edinburgh-claudication-questionnaire'],
    },
    noSymptomsDoesNotRuleOut,
  ],
  none: [
    {
      text: () =>
        msg(
          'You said you do not get leg pain when you walk. So your answers do not match the pattern of intermittent claudication, which is leg pain that comes on when you walk.',
          { id: 'checklist.result.no-walking-pain' },
        ),
      sources: ['edinburgh-claudication-questionnaire'],
    },
    noSymptomsDoesNotRuleOut,
    seeAGpAnyway,
  ],
};
