import { escapeHtml } from '../../base/escape-html.js';
import type { HeadingLevel } from '../../base/heading-level.js';
import { headingMarkup } from '../../base/render-heading.js';
import { staticTemplateStrings } from '../../citations/citation-markers.js';
import { checklistText } from '../../content/checklist/checklist-text.js';

/** Which privacy line the checklist shows: `form` when submitting a form sends the answers. */
export type PrivacyLine = 'page' | 'form';

/** The privacy line's text, in the current language. */
export function privacyText(line: PrivacyLine): string {
  return line === 'form' ? checklistText.privacyInForm() : checklistText.privacy();
}

/**
 * The strings of the checklist's frame, one template around its sections: the card, its
 * heading, the introduction and privacy line, the buttons and the two live regions, with
 * every piece of text written in (escaped) instead of bound. Built once per heading level,
 * privacy line and language, and shared by every checklist like it: a binding and a
 * nested heading template fewer per text, in every copy (issue 12).
 *
 * Its bindings, in order: the form's `@change` listener, the opening and the follow-up
 * questions, the reset button's `?disabled` and `@click`, the print button's `?disabled`
 * and `@click`, the printed summary with the result, and the text of the polite and of the assertive
 * live region.
 */
export function checklistFrame(level: HeadingLevel, line: PrivacyLine): TemplateStringsArray {
  return staticTemplateStrings('checklist frame', `${level} ${line}`, () => {
    const title = escapeHtml(checklistText.title());
    return [
      `<div part="base" class="card checklist">${headingMarkup(level, `<slot name="heading">${title}</slot>`)}` +
        ` <p>${escapeHtml(checklistText.intro())} ${escapeHtml(privacyText(line))}</p>` +
        ' <div part="form" class="form" @change=',
      '> ',
      ' ',
      ' <div class="actions"> <button type="button" class="secondary" ?disabled=',
      ' @click=',
      `> ${escapeHtml(checklistText.reset())} </button> <button type="button" ?disabled=`,
      ' @click=',
      `>${escapeHtml(checklistText.print())}</button> </div> </div> `,
      ' <div class="visually-hidden" role="status">',
      '</div> <div class="visually-hidden" role="alert">',
      '</div> </div>',
    ];
  });
}
