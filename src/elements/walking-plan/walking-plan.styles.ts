import { css } from 'lit';
import { visuallyHidden } from '../../base/tokens.styles.js';
import { buttonStyles } from '../../base/button.styles.js';
import { cardStyles } from '../../base/card.styles.js';
import { headingStyles } from '../../base/heading.styles.js';

/**
 * Layout of `<circ-walking-plan>`'s own parts; colours and spacing are shared tokens only,
 * logical properties only (it mirrors in right-to-left pages).
 */
const walkingPlanLayout = css`
  .timer,
  .session,
  .plan {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .face {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em var(--_space);
  }

  .phase {
    font-weight: 600;
  }

  /* Large figures that keep their width as they change. */
  .clock {
    font-size: 2em;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }

  /* The timer's buttons are large: pressed mid-walk, perhaps with cold hands. */
  .timer button {
    min-block-size: max(48px, var(--_control-target));
    font-size: 1.125em;
  }

  .print-action {
    margin-block-start: var(--_space);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    /* Fixed columns that wrap their words: the plan fits a phone without scrolling. */
    table-layout: fixed;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: calc(var(--_space) * 0.5);
  }

  th,
  td {
    padding: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
    text-align: start;
    vertical-align: top;
    border: 1px solid var(--_border);
  }

  thead th {
    vertical-align: bottom;
  }

  /* Room to write in on paper. */
  .plan tbody td {
    block-size: 2em;
  }

  /* The first session of each week starts a visible group. */
  .plan .week-start > * {
    border-block-start-width: 3px;
  }

  .plan thead th:nth-child(-n + 2) {
    inline-size: 14%;
  }

  /* The plan's width, not the viewport's, decides its layout (a partner's sidebar). */
  .plan {
    container-type: inline-size;
    position: relative;
  }

  .cell-label {
    display: none;
  }

  @media print {
    .timer,
    .print-action {
      display: none;
    }

    th,
    td {
      border-color: currentColor;
    }

    /* Whole rows on each page, and the column headers again on every page. */
    tr {
      break-inside: avoid;
    }

    thead {
      display: table-header-group;
    }

    .plan tbody td {
      block-size: 2.5em;
    }
  }

  /*
   * Six columns in a narrow plan would break every header mid-word ("Se/ssi/on"): each
   * session becomes a card instead, its week and session on the first line and each cell
   * labelled with its column, with room to write in.
   */
  @container (width < 36rem) {
    .plan table,
    .plan tbody,
    .plan tr,
    .plan th,
    .plan td {
      display: block;
    }

    /* The column headers stay in the accessibility tree; each cell shows its own label. */
    .plan thead {
      ${visuallyHidden}
    }

    .plan tbody > tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block-start: calc(var(--_space) * 0.5);
    }

    /* A new week starts with a thicker edge, as its first row does in the table. */
    .plan tbody > tr.week-start {
      border-block-start-width: 3px;
    }

    /* Widths only: the borders keep their colour and style, a theme's included. */
    .plan th[scope='row'] {
      display: inline-block;
      border-width: 0;
    }

    /* The label in one half, the date or the space to write in in the other. */
    .plan td,
    .plan .week-start > td {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 0.5em;
      border-width: 0;
      border-block-start-width: 1px;
    }

    /*
     * Room to write in, however many lines a label takes (a table cell's height is a
     * minimum already, a block's is not). This block comes after the print rules, so
     * that it overrides their fixed height.
     */
    .plan tbody td {
      block-size: auto;
      min-block-size: 2em;
    }

    .plan caption {
      display: block;
    }

    @media print {
      .plan tbody td {
        min-block-size: 2.5em;
      }

      .plan tbody > tr {
        border-color: currentColor;
      }
    }

    .plan .cell-label {
      display: inline;
      font-weight: 600;
    }
  }
`;

/** Everything `<circ-walking-plan>` needs beyond the tokens. */
export const walkingPlanStyles = [cardStyles, headingStyles, buttonStyles, walkingPlanLayout];
