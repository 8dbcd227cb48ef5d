import { css } from 'lit';
import { cardBox } from '../../base/card.styles.js';
import { headingStyles } from '../../base/heading.styles.js';

/**
 * Layout of `<circ-care-card>` after the NHS care cards: a coloured heading band
 * (non-urgent brand blue, urgent red, emergency red over a dark body), with a notch
 * arrow under it when a theme sizes one. Colours come from the shared tokens only; the
 * border weight and the words carry the urgency too. The box is the shared card box,
 * its border in the accent colour unless a theme sets one, its padding moved into the
 * band and the content so the band reaches the edges. The heading takes the h3 step of
 * a theme's scale at any level, as NHS.UK care card headings do.
 */
const careCardLayout = css`
  :host {
    --_care-card-margin: var(--circ-care-card-margin, var(--_space));
    --_care-card-border: var(--circ-color-care-card-border);
    --_care-card-border-width: var(--circ-care-card-border-width);
    --_care-card-heading-padding: var(--circ-care-card-heading-padding, calc(var(--_space) * 0.75));
    --_care-card-arrow: var(--circ-care-card-arrow-size, 0px);
  }

  .card {
    --_accent: var(--_brand);
    ${cardBox}
    border-color: var(--_care-card-border, var(--_accent));
    border-width: var(--_care-card-border-width, 1px);
    padding: 0;
    margin-block: var(--_care-card-margin);
    overflow: hidden;
  }

  .urgent {
    --_accent: var(--_urgent);
    border-width: var(--_care-card-border-width, 4px);
  }

  .emergency {
    --_accent: var(--_emergency);
    border-width: var(--_care-card-border-width, 4px);
  }

  .heading {
    --_level-size: var(--circ-heading-3-size);
    --_level-line: var(--circ-heading-3-line-height);
    position: relative;
    margin: 0;
    padding: var(--_care-card-heading-padding) var(--_space);
    background: var(--_accent);
    color: var(--_surface);
  }

  /*
   * The notch: a square of the accent turned 45°, its centre on the band's lower edge,
   * drawn with a border so forced colours keep it. 0px (the default) draws nothing.
   */
  .heading::after {
    content: '';
    position: absolute;
    inset-block-end: calc(var(--_care-card-arrow) / -2);
    inset-inline-start: calc(var(--_space) + 0.375rem);
    border: calc(var(--_care-card-arrow) / 2) solid var(--_accent);
    rotate: 45deg;
  }

  .content {
    padding: var(--_space);
  }

  .note {
    margin: 0;
    padding: 0 var(--_space) var(--_space);
  }

  .emergency .content {
    background: var(--_text);
    color: var(--_surface);
  }

  /*
   * A link in the emergency body would keep the page's link colour, made for a light
   * surface (the browser's blue is 1.5:1 on the dark body): it takes the body's text.
   * Important, as the page's own link rules outrank ::slotted() otherwise. Links nested
   * deeper in the body are the page's to colour (README, care card). Not when focused in
   * any way: NHS.UK fills a link focused by a click (:focus, not :focus-visible) with
   * yellow behind dark text, which this light text would make unreadable.
   */
  .emergency ::slotted(a:not(:focus)) {
    color: inherit !important;
  }

  /*
   * The card trims its content's outer margins, as NHS.UK cards do. Important, because a
   * page's own rules (NHS.UK sets 24px under every p) outrank ::slotted() otherwise;
   * an important declaration of the shadow tree outranks the page's.
   */
  ::slotted(:first-child) {
    margin-block-start: 0 !important;
  }

  ::slotted(:last-child) {
    margin-block-end: 0 !important;
  }

  /*
   * Paper has no colour to rely on: show the urgency in words and by the border, which
   * grows with it as on NHS care cards in print: 4, 6 and 8 px.
   */
  @media print {
    .card {
      border: 4px solid currentColor;
      break-inside: avoid;
    }

    .urgent {
      border-width: 6px;
    }

    .emergency {
      border-width: 8px;
    }

    .heading,
    .emergency .content {
      background: none;
      color: inherit;
    }

    .heading::after {
      display: none;
    }

    .prefix {
      position: static;
      inline-size: auto;
      block-size: auto;
      margin: 0;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
  }
`;

/** All `<circ-care-card>` needs beyond the tokens: the shared heading scale, then its own. */
export const careCardStyles = [headingStyles, careCardLayout];
