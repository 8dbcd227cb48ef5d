import { css } from 'lit';

/**
 * The always-visible help block (999, urgent GP or 111) and the bulleted lists that
 * finish some statements, shared by the explainer and the comparison. The urgent-colour
 * bar is decoration only: the words say how urgent each line is.
 */
export const helpStyles = css`
  .help {
    margin-block-start: var(--_space);
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 0.75) 0;
    border-inline-start: 4px solid var(--_urgent);
  }

  .help > :last-child {
    margin-block-end: 0;
  }

  .statement-items {
    margin-block: calc(var(--_space) * -0.5) calc(var(--_space) * 0.75);
    padding-inline-start: 1.5em;
  }
`;
