import { css } from 'lit';

/**
 * The card box: the bordered, padded surface every card-like element draws. It is a
 * list of declarations, not a rule, so each element puts it on the class its template
 * already uses (`.card`, `.base`, `.banner`) and adjusts only what differs.
 */
export const cardBox = css`
  background: var(--_surface);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  padding: var(--_space);
`;

/**
 * The `.card` box and the paragraph rhythm inside it, shared by the elements whose
 * template marks their box `.card` and sets plain paragraphs in it (explainer, symptom
 * checklist). The heading scale is `headingStyles` in heading.styles.ts.
 */
export const cardStyles = css`
  .card {
    ${cardBox}
  }

  p {
    margin-block: 0 var(--_paragraph-space);
  }
`;
