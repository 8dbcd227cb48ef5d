import { msg, str } from '../../base/localization.js';
import type { Statement } from '../statement.types.js';
import { articleSources } from '../article-sources.js';
import { supervisedHelpsMoreThanHome } from '../shared-statements.js';

// The text of <circ-walking-plan>, written from shared/content/clinical-facts.md ("Tests
// and treatment": NICE CG147, ESVS 2024, Cochrane; "Definitions": TASC II; "Where to get
// care"). The element helps someone who has been offered a walking programme, so it says
// first that the programme is the one agreed with their GP or vascular team: the page
// explains and times, it does not prescribe. NICE and the European guidance put the pain
// target differently ("close to its worst", "at least moderate"): one statement says so
// and leaves the target to the reader's team, rather than two targets side by side.
// Its red flags are the shared help block (get-help.ts), always shown, led by when to
// stop walking. Functions, so that `msg()` runs at render time.

/** A walking programme is one of the best treatments (the article, NICE CG147, Cochrane). */
export const walkingProgrammeWorks: Statement = {
  text: () =>
    msg(
      'A walking programme is one of the best treatments for intermittent claudication, leg pain that comes on when you walk. It helps people walk further without pain.',
      { id: 'walking-plan.works' },
    ),
  sources: [...articleSources, 'nice-cg147', 'cochrane-supervised-exercise'],
};

/** NICE CG147: supervised exercise for everyone with it, about 2 hours a week for 3 months. */
export const niceProgramme: Statement = {
  text: () =>
    msg(
      'NICE, which writes health guidance used by the NHS, says that everyone with intermittent claudication should be offered supervised exercise, led by trained staff. The programme is about 2 hours of exercise a week, for 3 months.',
      { id: 'walking-plan.nice' },
    ),
  sources: ['nice-cg147'],
};

/** ESVS 2024: supervised sessions of 30–60 minutes, three times a week, for at least 3 months. */
export const europeanProgramme: Statement = {
  text: () =>
    msg(
      'European guidance for vascular surgeons advises supervised sessions of 30 to 60 minutes, 3 times a week, for at least 3 months.',
      { id: 'walking-plan.esvs-sessions' },
    ),
  sources: ['esvs-2024-claudication'],
};

/** How far into the pain: NICE "close to its worst", ESVS "at least moderate"; the team decides. */
export const howFarIntoThePain: Statement = {
  text: () =>
    msg(
      'In each session you walk until the pain is strong, rest until it eases, then walk again. How strong differs: NICE says until the pain is close to its worst, and the European guidance says until it is at least moderate. Your team will tell you what to aim for.',
      { id: 'walking-plan.pain-target' },
    ),
  sources: ['nice-cg147', 'esvs-2024-claudication'],
};

/** What the programme is and why it helps, in the order a reader needs it. */
export const walkingPlanStatements: readonly Statement[] = [
  walkingProgrammeWorks,
  niceProgramme,
  europeanProgramme,
  howFarIntoThePain,
  supervisedHelpsMoreThanHome,
];

/**
 * When to stop walking: only the usual claudication pain, the kind that goes within 10
 * minutes of rest (TASC II definition; NHS PAD symptoms page), is walked through.
 */
export const stopIfDifferent: Statement = {
  text: () =>
    msg(
      'Only walk on with your usual pain in the leg muscles, the kind that goes within 10 minutes of rest. If the pain is different, or does not go within 10 minutes, stop walking and get help as below.',
      { id: 'walking-plan.stop-if-different' },
    ),
  sources: ['tasc-ii', 'nhs-pad'],
};

/** The routine line: pain that gets worse or limits daily life more goes to the GP. */
export const tellYourTeam: Statement = {
  text: () =>
    msg(
      'If the pain gets worse over the weeks, or limits your daily life more, tell your GP or vascular team.',
      { id: 'walking-plan.tell-your-team' },
    ),
  sources: [...articleSources, 'nhs-pad'],
};

/** The help section's own lines, before the shared help block (999, urgent GP or 111). */
export const walkingPlanHelpStatements: readonly Statement[] = [stopIfDifferent, tellYourTeam];

/** The labels, buttons and announcements of `<circ-walking-plan>` (no facts: nothing to cite). */
export const walkingPlanText = {
  title: () => msg('Your walking programme', { id: 'walking-plan.title' }),
  /** First, before any fact: the programme is the one the reader's own team agreed. */
  agreed: () =>
    msg(
      'Use this page with the walking programme agreed with your GP or vascular team. If they have told you something different, do what they say.',
      { id: 'walking-plan.agreed-first' },
    ),

  timerHeading: () => msg('Time a session', { id: 'walking-plan.timer.heading' }),
  timerHowTo: () =>
    msg(
      'Press Start walking when you set off. When the pain reaches the level your team agreed, press Stop and rest until the pain eases. Then press Walk again. Press End session when you have finished.',
      { id: 'walking-plan.timer.how-to' },
    ),
  privacy: () =>
    msg(
      'This timer does not save or send your times. If you reload or leave the page, they are lost, so write them on your plan.',
      { id: 'walking-plan.privacy-lost' },
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

  sessionCaption: () =>
    msg('Your last session: walks and rests', { id: 'walking-plan.session.caption' }),
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
  worstPainColumn: () => msg('Worst pain (0 to 10)', { id: 'walking-plan.plan.worst-pain-score' }),
  painScale: () =>
    msg(
      'For worst pain, 0 means no pain and 10 means the worst pain you can think of. If you had no pain, leave Minutes until the pain started blank.',
      { id: 'walking-plan.plan.pain-scale-blank' },
    ),
  print: () => msg('Print the plan', { id: 'walking-plan.print' }),

  helpHeading: () => msg('When to stop and get help', { id: 'walking-plan.help.heading' }),
};
