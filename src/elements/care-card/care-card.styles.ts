import { css } from 'lit';
import { cardBox } from '../../base/card.styles.js';
import { headingStyles } from '../../base/heading.styles.js';

/**
 * Layout of `<circ-care-card>` after the NHS care cards: a coloured heading band
 * (non-urgent brand blue, urgent red, emergency red over a dark body). Colours come from
 * the shared tokens only; the border weight and the words carry the urgency too. The box
 * is the shared card box in the accent colour, its padding moved into the band and the
 * content so the band reaches the edges.
 */
const careCardLayout = css`
  .card {
    --_accent: var(--_brand);
    ${cardBox}
    border-color: var(--_accent);
    padding: 0;
    margin-block: var(--_space);
    overflow: hidden;
  }

  .urgent {
    --_accent: var(--_urgent);
    border-width: 4px;
  }

  .emergency {
    --_accent: var(--_emergency);
    border-width: 4px;
  }

  .heading {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_accent);
    color: var(--_surface);
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

  ::slotted(:first-child) {
    margin-block-start: 0;
  }

  ::slotted(:last-child) {
    margin-block-end: 0;
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
