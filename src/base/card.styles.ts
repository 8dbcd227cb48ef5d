import { css } from 'lit';

/**
 * The bordered card, its heading and paragraph rhythm, shared by the elements that
 * render as a card (explainer, symptom checklist) so their look and their bytes are not
 * repeated per element.
 */
export const cardStyles = css`
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .heading {
    margin-block: 0 calc(var(--_space) * 0.5);
    font-size: 1.375em;
    line-height: 1.3;
  }

  p {
    margin-block: 0 calc(var(--_space) * 0.75);
  }
`;
