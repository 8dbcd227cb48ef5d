import { css } from 'lit';

/** Styles for citation markers, shared by every element that renders them. */
export const citationStyles = css`
  .citations {
    font-size: 0.75em;
    /* Superscript without stretching the line it sits in. */
    line-height: 0;
    white-space: nowrap;
    /* Never flush against the statement's last word or figure ("2 weeks.[7, 4]"). */
    margin-inline-start: 0.2em;
  }

  .cite {
    padding-inline: 0.1em;
  }
`;
