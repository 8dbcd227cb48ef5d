import { css } from 'lit';
import { cardStyles } from '../../base/card.styles.js';
import { headingStyles } from '../../base/heading.styles.js';

/** Layout of `<circ-explainer>`'s own parts; colours and spacing are shared tokens only. */
const explainerLayout = css`
  .heading[hidden] {
    display: none;
  }

  details {
    margin-block-start: calc(var(--_space) * 0.5);
  }

  summary {
    display: inline-block;
    cursor: pointer;
    color: var(--_brand);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    padding-inline-start: 1.25em;
    position: relative;
  }

  /* A drawn triangle instead of the default marker, so it can mirror in right-to-left pages. */
  summary::-webkit-details-marker {
    display: none;
  }

  summary::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.2em;
    inset-block-start: 0.45em;
    border-block: 0.35em solid transparent;
    border-inline-start: 0.6em solid currentColor;
  }

  details[open] > summary::before {
    border-inline: 0.35em solid transparent;
    border-block-start: 0.6em solid currentColor;
    border-block-end: 0;
  }

  /*
   * Forced colours paint every border in the text colour, the transparent ones too, so
   * the triangle became a square whether open or closed. Its borders keep their colours,
   * and its colour is the reader's text colour (opting out, it would take our brand blue).
   */
  @media (forced-colors: active) {
    summary::before {
      forced-color-adjust: none;
      color: CanvasText;
    }
  }

  .details-body {
    margin-block-start: calc(var(--_space) * 0.5);
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_border);
  }

  .details-body > p:last-child {
    margin-block-end: 0;
  }

  @media print {
    /* Print the detail too: a closed <details> would hide it on paper. */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;

/**
 * Everything `<circ-explainer>` needs beyond the tokens, citations and help block: the
 * shared card and heading scale, then its own parts.
 */
export const explainerStyles = [cardStyles, headingStyles, explainerLayout];
