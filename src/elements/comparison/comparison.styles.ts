import { css } from 'lit';
import { visuallyHidden } from '../../base/tokens.styles.js';
import { cardBox } from '../../base/card.styles.js';
import { headingStyles } from '../../base/heading.styles.js';

/**
 * Layout of `<circ-comparison>`: the shared card box, a table when there is room, stacked
 * rows below 36rem of the element's own inline size, each titled by its row header at the
 * subheading step of the scale. Tokens only; logical properties only.
 */
const comparisonLayout = css`
  .base {
    ${cardBox}
    container-type: inline-size;
    position: relative;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    /* Columns share the width evenly, so long words wrap instead of widening a column. */
    table-layout: fixed;
  }

  th,
  td {
    padding: calc(var(--_space) * 0.5);
    text-align: start;
    vertical-align: top;
    border-block-start: 1px solid var(--_border);
  }

  thead th {
    vertical-align: bottom;
    border-block-start: 0;
    border-block-end: 2px solid var(--_brand);
  }

  td p {
    margin-block: 0 calc(var(--_space) * 0.5);
  }

  td > :last-child {
    margin-block-end: 0;
  }

  .corner {
    inline-size: 24%;
    border: 0;
  }

  .cell-label {
    display: none;
  }

  @container (width < 36rem) {
    table,
    tr,
    th,
    td {
      display: block;
    }

    /* The column headers stay in the accessibility tree; each cell shows its own label. */
    thead {
      ${visuallyHidden}
    }

    tbody > tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block-start: calc(var(--_space) * 0.75);
    }

    th[scope='row'] {
      border-block-start: 0;
      border-block-end: 2px solid var(--_brand);
      font-size: var(--_subheading-size);
    }

    td {
      border-block: 0;
    }

    td + td {
      border-block-start: 1px solid var(--_border);
    }

    .cell-label {
      display: block;
      font-weight: 700;
      color: var(--_brand);
    }
  }
`;

/** Everything `<circ-comparison>` needs beyond the tokens, citations and help block. */
export const comparisonStyles = [headingStyles, comparisonLayout];
