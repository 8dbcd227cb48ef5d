import { escapeHtml } from '../../base/escape-html.js';
import type { HeadingLevel } from '../../base/heading-level.js';
import { headingMarkup } from '../../base/render-heading.js';
import { templateStrings } from '../../base/static-template.js';
import { careCardText, type CareCardUrgency } from '../../content/care-card-text.js';
import { northernIrelandHelp } from '../../content/get-help.js';

/**
 * The care card's markup as one template without bindings, in the current language: the
 * card, its heading (the hidden urgency prefix, then the `heading` slot holding the
 * built-in call to action), the default slot in `content`, and, with `note`, the Northern
 * Ireland route. Every piece of text is escaped; nothing from the page becomes markup.
 */
export function careCardMarkup(
  urgency: CareCardUrgency,
  level: HeadingLevel,
  note: boolean,
): TemplateStringsArray {
  const text = careCardText[urgency];
  const heading = headingMarkup(
    level,
    `<span class="visually-hidden prefix">${escapeHtml(text.prefix())} </span><slot name="heading">${escapeHtml(text.heading())}</slot>`,
  );
  const noteMarkup = note
    ? ` <p part="note" class="note">${escapeHtml(northernIrelandHelp.text())}</p>`
    : '';
  return templateStrings([
    `<div part="base" class="card ${urgency}"> ${heading} <div part="content" class="content"><slot></slot></div>${noteMarkup} </div>`,
  ]);
}
