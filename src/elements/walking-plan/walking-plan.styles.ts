import { css } from 'lit';
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
`;

/** Everything `<circ-walking-plan>` needs beyond the tokens. */
export const walkingPlanStyles = [cardStyles, headingStyles, buttonStyles, walkingPlanLayout];
