import { escapeHtml } from '../../base/escape-html.js';
import type { HeadingLevel } from '../../base/heading-level.js';
import { headingMarkup } from '../../base/render-heading.js';
import { statementsMarkup, type CitationsMode } from '../../citations/citation-markers.js';
import type { ExplainerTopicContent } from '../../content/explainer/topic-content.types.js';
import { getHelp } from '../../content/get-help.js';

/** What an explainer's markup depends on besides its topic's text. */
export interface ExplainerShape {
  /** The checked heading level. */
  readonly level: HeadingLevel;
  /** Hide the heading: no built-in title and nothing in the `heading` slot. */
  readonly hidden: boolean;
  /** Show the built-in body (summary, detail, help): a known topic, no default slot content. */
  readonly body: boolean;
  readonly mode: CitationsMode;
}

/**
 * The pieces of the explainer's one template (see `staticTemplateStrings`): the card with
 * its heading, summary, detail and where to get help, and the slots. With the body, two
 * bindings sit between the pieces: the detail's `?open` and its `@toggle` listener; without
 * it, none. Every piece of text is escaped; nothing from the page becomes markup.
 */
export function explainerPieces(
  content: ExplainerTopicContent | undefined,
  { level, hidden, body, mode }: ExplainerShape,
): string[] {
  const title = escapeHtml(content?.title() ?? '');
  const start = `<div part="base" class="card">${headingMarkup(level, `<slot name="heading">${title}</slot>`, { hidden })}`;
  const end = '<slot></slot><slot name="footer"></slot></div>';
  if (!content || !body) return [start + end];
  return [
    `${start}<p part="summary" class="summary">${statementsMarkup(content.summary, 'inline', mode)}</p><details part="details" ?open=`,
    ' @toggle=',
    `><summary>${escapeHtml(content.detailsLabel())}</summary><div class="details-body">${statementsMarkup(content.details, 'block', mode)}</div></details><div part="help" class="help">${statementsMarkup(getHelp, 'block', mode)}</div>${end}`,
  ];
}
