// The checklist's text around its questions: title, privacy, buttons, result and summary labels.
import { msg } from '../../base/localization.js';

// Written for a reading age of about 9 to 11 from shared/content/clinical-facts.md.
// Safety rule: say what happens to the answers, truly for a plain page and for a form.
// Text is a function so msg() runs at render time.

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
