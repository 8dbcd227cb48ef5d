import { css } from 'lit';

/** Styles for citation markers, shared by every element that renders them. */
export const citationStyles = css`
  .citations {
    font-size: 0.75em;
    /* Superscript without stretching the line it sits in. */
    line-height: 0;
    white-space: nowrap;
  }

  .cite {
    padding-inline: 0.1em;
  }
`;
