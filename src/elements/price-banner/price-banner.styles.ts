import { css } from 'lit';
import { cardBox } from '../../base/card.styles.js';
import { headingStyles } from '../../base/heading.styles.js';

/**
 * Layout of `<circ-price-banner>`: tokens only, logical properties only (right-to-left
 * pages mirror it). One column that wraps, so it fits a 320px container without a
 * container query (size containment would collapse the host in a shrink-to-fit parent).
 * The heading sits beside the close button, so the top row, not the heading, spaces what
 * follows it (the heading's own margin is dropped).
 */
const priceBannerLayout = css`
  .banner {
    ${cardBox}
    /* The accent is decoration only: the heading and the words carry the meaning. */
    border-inline-start: calc(var(--_space) * 0.375) solid var(--_brand);
    /* The last block's bottom margin (0.75 × space) completes the bottom padding. */
    padding-block-end: calc(var(--_space) * 0.25);
  }

  .top {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.5);
    margin-block-end: calc(var(--_space) * 0.5);
  }

  /* The label and the heading, as one column beside the close button. */
  .titles {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  /* Says, in words, that this is an offer (CAP 2.1): not colour or position alone. */
  .label {
    margin-block: 0 calc(var(--_space) * 0.25);
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1.4;
  }

  .heading {
    margin: 0;
  }

  .text,
  .price,
  .includes,
  .action {
    margin-block: 0 calc(var(--_space) * 0.75);
  }

  .price {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .includes[hidden] {
    display: none;
  }

  .cta {
    font-weight: 700;
  }

  /* At least 44 × 44 px to hit; pulled into the corner so the heading keeps its line. */
  .close {
    position: relative; /* contains its visually hidden label */
    flex: none;
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    margin-block-start: calc(var(--_space) * -0.5);
    margin-inline-end: calc(var(--_space) * -0.5);
    padding: 0;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }

  .close:hover {
    border-color: currentColor;
  }

  .close-icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }

  @media print {
    .close {
      display: none;
    }
  }
`;

/** All `<circ-price-banner>` needs beyond the tokens: the shared heading scale, then its own. */
export const priceBannerStyles = [headingStyles, priceBannerLayout];
