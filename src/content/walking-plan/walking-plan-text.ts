import { msg, str } from '../../base/localization.js';
import type { Statement } from '../statement.types.js';
import {
  niceOffersSupervisedExercise,
  supervisedHelpsMoreThanHome,
  walkingProgrammeHelps,
  walkUntilPainIsNearItsWorst,
} from '../shared-statements.js';

// The text of <circ-walking-plan>, written from shared/content/clinical-facts.md ("Tests
// and treatment": NICE CG147, ESVS 2024, Cochrane). The element helps someone who has been
// offered a walking programme, so it says first that the programme is agreed with their GP
// or vascular team: the page does not prescribe exercise. Its red flags are the shared
// help block (get-help.ts), always shown. Functions, so that `msg()` runs at render time.

/** This is done as part of a programme agreed with the GP or vascular team (NICE CG147). */
export const agreedWithYourTeam: Statement = {
  text: () =>
    msg(
      'Use this page as part of a walking programme agreed with your GP or vascular team. If they have told you something different, do what they say.',
      { id: 'walking-plan.agreed' },
    ),
  sources: ['nice-cg147'],
};

/** ESVS 2024: 30–60 minutes, three times a week, for at least 3 months, to moderate pain. */
export const europeanAdvice: Statement = {
  text: () =>
    msg(
      'Experts in Europe advise walking for 30 to 60 minutes, 3 times a week, for at least 3 months. Each time, walk until the pain is at least moderate, then rest.',
      { id: 'walking-plan.esvs' },
    ),
  sources: ['esvs-2024-claudication'],
};

/** What the programme is and why it helps, in the order a reader needs it. */
export const walkingPlanStatements: readonly Statement[] = [
  walkingProgrammeHelps,
  agreedWithYourTeam,
  niceOffersSupervisedExercise,
  europeanAdvice,
  walkUntilPainIsNearItsWorst,
  supervisedHelpsMoreThanHome,
];

/** The labels, buttons and announcements of `<circ-walking-plan>` (no facts: nothing to cite). */
export const walkingPlanText = {
  title: () => msg('Your walking programme', { id: 'walking-plan.title' }),

  timerHeading: () => msg('Time a session', { id: 'walking-plan.timer.heading' }),
  timerHowTo: () =>
    msg(
      'Press Start walking when you set off. When the pain is getting strong, press Stop and rest until it eases. Then press Walk again. Press End session when you have finished.',
      { id: 'walking-plan.timer.how-to' },
    ),
  privacy: () =>
    msg(
      'The timer works only on this page. Your times are not stored or sent anywhere. If you reload or leave the page, it starts again.',
      { id: 'walking-plan.privacy' },
    ),
  start: () => msg('Start walking', { id: 'walking-plan.start' }),
  stop: () => msg('Stop: the pain is getting strong', { id: 'walking-plan.stop' }),
  walkAgain: () => msg('Walk again', { id: 'walking-plan.walk-again' }),
  end: () => msg('End session', { id: 'walking-plan.end' }),

  /** What the timer shows before a walk and between sessions. */
  ready: () => msg('Not started', { id: 'walking-plan.ready' }),
  walking: (walk: string) => msg(str`Walk ${walk}: walking`, { id: 'walking-plan.walking' }),
  resting: (walk: string) => msg(str`After walk ${walk}: resting`, { id: 'walking-plan.resting' }),

  // Said politely to screen readers: on each change of phase, and at most once a minute.
  walkStarted: (walk: string) =>
    msg(str`Walk ${walk} started.`, { id: 'walking-plan.say.walk-started' }),
  restStarted: (duration: string) =>
    msg(str`Rest started. You walked for ${duration}.`, { id: 'walking-plan.say.rest-started' }),
  walkingFor: (duration: string) =>
    msg(str`Walking for ${duration}.`, { id: 'walking-plan.say.walking-for' }),
  restingFor: (duration: string) =>
    msg(str`Resting for ${duration}.`, { id: 'walking-plan.say.resting-for' }),
  sessionEnded: () =>
    msg('Session ended. Your walks are in the table below.', {
      id: 'walking-plan.say.session-ended',
    }),

  sessionCaption: () => msg('Your last session: walks and rests', { id: 'walking-plan.session.caption' }),
  walkColumn: () => msg('Walk', { id: 'walking-plan.session.walk' }),
  walkTimeColumn: () => msg('Time walking', { id: 'walking-plan.session.walk-time' }),
  restTimeColumn: () => msg('Rest after it', { id: 'walking-plan.session.rest-time' }),
  total: () => msg('Total', { id: 'walking-plan.session.total' }),

  planHeading: () => msg('Your plan to print', { id: 'walking-plan.plan.heading' }),
  planHowTo: () =>
    msg(
      'Print this plan and fill it in after each walking session. Take it with you when you see your GP or vascular team.',
      { id: 'walking-plan.plan.how-to' },
    ),
  planSize: (weeks: string, sessions: string) =>
    msg(str`Weeks: ${weeks}. Sessions each week: ${sessions}.`, { id: 'walking-plan.plan.size' }),
  planStarts: (date: string) =>
    msg(str`First session: ${date}.`, { id: 'walking-plan.plan.starts' }),
  planNoDates: () =>
    msg('Write the date of each session in the Date column.', { id: 'walking-plan.plan.no-dates' }),
  planCaption: () => msg('Walking plan', { id: 'walking-plan.plan.caption' }),
  weekColumn: () => msg('Week', { id: 'walking-plan.plan.week' }),
  sessionColumn: () => msg('Session', { id: 'walking-plan.plan.session' }),
  dateColumn: () => msg('Date', { id: 'walking-plan.plan.date' }),
  minutesWalkedColumn: () => msg('Minutes walked', { id: 'walking-plan.plan.minutes-walked' }),
  minutesToPainColumn: () =>
    msg('Minutes until the pain started', { id: 'walking-plan.plan.minutes-to-pain' }),
  worstPainColumn: () => msg('How bad it got, 0 to 10', { id: 'walking-plan.plan.worst-pain' }),
  painScale: () =>
    msg('For how bad it got, 0 means no pain and 10 means the worst pain you can think of.', {
      id: 'walking-plan.plan.pain-scale',
    }),
  print: () => msg('Print the plan', { id: 'walking-plan.print' }),

  helpHeading: () => msg('When to stop and get help', { id: 'walking-plan.help.heading' }),
};
