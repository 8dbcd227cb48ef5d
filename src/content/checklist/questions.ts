// The questions of <circ-symptom-checklist>: the red flags, then the Edinburgh questions.
import { msg } from '../../base/localization.js';
import type { RedFlag, Site, TriStateQuestion } from '../../checklist/checklist.types.js';
import type { SourceId } from '../source-links.js';

// Written for a reading age of about 9 to 11 from shared/content/clinical-facts.md (the
// safety rules of the checklist's text are in results.ts and checklist-text.ts). Text is
// a function so msg() runs at render time.

type Text = () => string;

/** The questions are the Edinburgh Claudication Questionnaire's, in our own words. */
export const questionSources: readonly SourceId[] = ['edinburgh-claudication-questionnaire'];

/** A yes/no question, asked as a radio group. */
export interface TriStateQuestionContent {
  readonly key: TriStateQuestion;
  readonly legend: Text;
  readonly hint?: Text;
  /** The hint tells what only our script does, so a page without it does not show it. */
  readonly hintNeedsScript?: boolean;
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
  hintNeedsScript: true,
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
