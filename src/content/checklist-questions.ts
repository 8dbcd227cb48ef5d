import { msg } from '../base/localization.js';
import type {
  ChecklistPattern,
  ChecklistUrgency,
  RedFlag,
  Site,
  TriStateQuestion,
} from '../checklist/checklist.types.js';
import type { SourceId } from './sources.js';
import type { Statement } from './statement.types.js';

// The text of <circ-symptom-checklist>, written for a reading age of about 9 to 11 from
// shared/content/clinical-facts.md. Safety rules: never say "you have" a condition, say
// what the answers match; say that only a healthcare professional can diagnose; say what
// happens to the answers, truly for a plain page and for a form; never reassure: a result
// that does not match the pattern says that this does not rule out a circulation problem
// (the questionnaire misses about half of the people with PAD in UK general practice)
// and when to see a GP anyway. Text is a function so msg() runs at render time.

type Text = () => string;

/** The questions are the Edinburgh Claudication Questionnaire's, in our own words. */
export const questionSources: readonly SourceId[] = ['edinburgh-claudication-questionnaire'];

/** A yes/no question, asked as a radio group. */
export interface TriStateQuestionContent {
  readonly key: TriStateQuestion;
  readonly legend: Text;
  readonly hint?: Text;
  /** Label of the option that answers `true`. */
  readonly yes: Text;
  /** Label of the option that answers `false`. */
  readonly no: Text;
  /** Label of a third option that answers `'unable'` (the walking-pain question only). */
  readonly unable?: Text;
}

/** A tick-all-that-apply question, asked as a group of checkboxes. */
export interface ChoiceQuestionContent<T extends string> {
  readonly legend: Text;
  readonly hint: Text;
  readonly options: Readonly<Record<T, Text>>;
}

const yes = () => msg('Yes', { id: 'checklist.yes' });
const no = () => msg('No', { id: 'checklist.no' });

/** The red-flag question: always shown, first, because it decides how urgent care is. */
export const redFlagQuestion: ChoiceQuestionContent<RedFlag> = {
  legend: () => msg('Do any of these apply to you?', { id: 'checklist.red-flags.legend' }),
  hint: () =>
    msg('Tick all that apply. Leave them all unticked if none do.', {
      id: 'checklist.red-flags.hint',
    }),
  options: {
    'sudden-onset': () =>
      msg('A leg has suddenly become painful, pale or cold, numb or weak', {
        id: 'checklist.red-flags.sudden-onset',
      }),
    'rest-pain': () =>
      msg('Pain in your foot or toes when you are resting, especially at night', {
        id: 'checklist.red-flags.rest-pain',
      }),
    'non-healing-wound': () =>
      msg('A sore or ulcer on your foot or leg that has not healed in 2 weeks', {
        id: 'checklist.red-flags.non-healing-wound',
      }),
    'skin-colour-change': () =>
      msg('Toes or skin turning dark or black', { id: 'checklist.red-flags.skin-colour-change' }),
  },
};

/** The first Edinburgh question; the others are asked only when it is answered yes. */
export const walkingPainQuestion: TriStateQuestionContent = {
  key: 'walkingPain',
  legend: () =>
    msg('Do you get pain or discomfort in one or both legs when you walk?', {
      id: 'checklist.walking-pain.legend',
    }),
  hint: () =>
    msg('If you answer yes, more questions will appear below.', {
      id: 'checklist.walking-pain.hint',
    }),
  yes,
  no,
  unable: () => msg('I am unable to walk', { id: 'checklist.walking-pain.unable' }),
};

/** The follow-up yes/no questions, in the order asked. */
export const followUpQuestions: readonly TriStateQuestionContent[] = [
  {
    key: 'startsAtRest',
    legend: () =>
      msg('Does this pain ever start when you are standing still or sitting down?', {
        id: 'checklist.starts-at-rest.legend',
      }),
    yes,
    no,
  },
  {
    key: 'uphillOrHurrying',
    legend: () =>
      msg('Does it come on when you walk uphill or hurry?', {
        id: 'checklist.uphill-or-hurrying.legend',
      }),
    yes,
    no,
  },
  {
    key: 'ordinaryPace',
    legend: () =>
      msg('Does it come on when you walk at a normal speed on flat ground?', {
        id: 'checklist.ordinary-pace.legend',
      }),
    yes,
    no,
  },
  {
    key: 'easesWithin10Min',
    legend: () =>
      msg('If you stand still when the pain starts, what usually happens?', {
        id: 'checklist.eases.legend',
      }),
    yes: () => msg('It goes away within 10 minutes', { id: 'checklist.eases.yes' }),
    no: () => msg('It lasts longer than 10 minutes', { id: 'checklist.eases.no' }),
  },
];

/** Where the pain is: the last follow-up question. */
export const siteQuestion: ChoiceQuestionContent<Site> = {
  legend: () => msg('Where do you feel the pain?', { id: 'checklist.sites.legend' }),
  hint: () => msg('Tick all that apply.', { id: 'checklist.sites.hint' }),
  options: {
    calf: () => msg('Calf (the back of your lower leg)', { id: 'checklist.sites.calf' }),
    thigh: () => msg('Thigh', { id: 'checklist.sites.thigh' }),
    buttock: () => msg('Buttock', { id: 'checklist.sites.buttock' }),
    shin: () => msg('Shin', { id: 'checklist.sites.shin' }),
    foot: () => msg('Foot', { id: 'checklist.sites.foot' }),
    joint: () => msg('A joint, such as the knee', { id: 'checklist.sites.joint' }),
    other: () => msg('Somewhere else', { id: 'checklist.sites.other' }),
  },
};

/** Text around the questions. */
export const checklistText = {
  title: () => msg('Check your leg symptoms', { id: 'checklist.title' }),
  intro: () =>
    msg('Answer these questions to find out where to get help for your leg symptoms.', {
      id: 'checklist.intro',
    }),
  /** What happens to the answers on a page where the checklist is not part of a form. */
  privacy: () =>
    msg('This checklist does not store your answers or send them anywhere.', {
      id: 'checklist.privacy.page',
    }),
  /** What happens to the answers when the checklist is a field of a form (`name` set). */
  privacyInForm: () =>
    msg(
      'This checklist does not store your answers. They are sent only with this form, when you submit it.',
      { id: 'checklist.privacy.form' },
    ),
  reset: () => msg('Clear all answers', { id: 'checklist.reset' }),
  print: () => msg('Print your answers', { id: 'checklist.print' }),
  resultHeading: () => msg('Your result', { id: 'checklist.result.heading' }),
  waiting: () =>
    msg('Your result will show here as you answer.', { id: 'checklist.result.waiting' }),
  incomplete: () =>
    msg('Answer the questions about your leg pain to see if your answers match a pattern.', {
      id: 'checklist.result.incomplete',
    }),
  youSaid: () => msg('You said:', { id: 'checklist.result.you-said' }),
  cleared: () => msg('All answers cleared.', { id: 'checklist.cleared' }),
  summaryHeading: () => msg('Your answers', { id: 'checklist.summary.heading' }),
  notAnswered: () => msg('Not answered', { id: 'checklist.summary.not-answered' }),
  noneTicked: () => msg('None ticked', { id: 'checklist.summary.none-ticked' }),
};

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

/** The body of the care card for each urgency (its heading is the card's own). */
export const careStatements: Readonly<Record<Exclude<ChecklistUrgency, 'none'>, Statement>> = {
  emergency: {
    text: () =>
      msg(
        'A leg that suddenly becomes painful, pale, cold, numb or weak needs help straight away.',
        {
          id: 'checklist.care.emergency',
        },
      ),
    sources: ['nidirect-pad', 'nhs-pad'],
  },
  urgent: {
    text: () =>
      msg(
        'These can be signs that the leg is not getting enough blood, even at rest. Get them checked today.',
        { id: 'checklist.care.urgent-today' },
      ),
    sources: ['global-vascular-guidelines', 'nhs-pad'],
  },
  routine: {
    text: () =>
      msg(
        'Leg pain when walking is worth getting checked, especially if it stops you doing everyday things or is getting worse. Getting help early lowers the risk of problems later.',
        { id: 'checklist.care.routine' },
      ),
    sources: [
      'nidirect-pad',
      'nhs-pad',
      'eur-treatment-strategies',
      'sdu-claudicatio-intermittens',
    ],
  },
};

/**
 * Said when the pain can start at rest but no red flag is ticked: it may be rest pain,
 * which needs help today.
 */
export const restPainHint: Statement = {
  text: () =>
    msg(
      'You said the pain can start when you are standing still or sitting down. If this pain is in your foot or toes, ask for an urgent GP appointment or call 111 today.',
      { id: 'checklist.result.rest-pain-hint' },
    ),
  sources: ['nhs-pad', 'global-vascular-guidelines'],
};

/** The body of the routine card for a reader who is unable to walk. */
export const unableToWalkCare: Statement = {
  text: () =>
    msg(
      'Ask a GP to check the blood flow in your legs, even if they do not hurt. A GP can compare the pulses in your legs or measure the blood pressure in them.',
      { id: 'checklist.care.unable-to-walk' },
    ),
  sources: ['nidirect-pad'],
};

/** What clinicians see besides the patient text (audience="clinician"). */
export const clinicianText = {
  classification: () => msg('ECQ classification', { id: 'checklist.clinician.classification' }),
  grade: () => msg('ECQ grade', { id: 'checklist.clinician.grade' }),
  patterns: {
    typical: () => msg('Definite claudication', { id: 'checklist.clinician.typical' }),
    atypical: () => msg('Atypical claudication', { id: 'checklist.clinician.atypical' }),
    unlikely: () => msg('Criteria not met', { id: 'checklist.clinician.unlikely' }),
    none: () =>
      msg('Criteria not met (no leg pain on walking)', { id: 'checklist.clinician.none' }),
    'unable-to-walk': () =>
      msg('Not assessable: unable to walk', { id: 'checklist.clinician.unable-to-walk' }),
    incomplete: () =>
      msg('Incomplete. Not yet answered:', { id: 'checklist.clinician.incomplete' }),
  } satisfies Record<ChecklistPattern, Text>,
  /** Short names of what is missing, for an incomplete classification. */
  missing: {
    walkingPain: () => msg('leg pain on walking', { id: 'checklist.clinician.missing.walking' }),
    startsAtRest: () => msg('starts at rest', { id: 'checklist.clinician.missing.rest' }),
    uphillOrHurrying: () => msg('uphill or hurrying', { id: 'checklist.clinician.missing.uphill' }),
    easesWithin10Min: () =>
      msg('relief within 10 minutes', { id: 'checklist.clinician.missing.eases' }),
    sites: () => msg('site of pain', { id: 'checklist.clinician.missing.sites' }),
  },
  grade1: () =>
    msg('Grade 1: pain only when walking uphill or hurrying', {
      id: 'checklist.clinician.grade-1',
    }),
  grade2: () =>
    msg('Grade 2: pain also at an ordinary pace on the level', {
      id: 'checklist.clinician.grade-2',
    }),
  ungraded: () =>
    msg('Not graded: ordinary pace not answered', { id: 'checklist.clinician.ungraded' }),
  notApplicable: () => msg('Not applicable', { id: 'checklist.clinician.not-applicable' }),
};
