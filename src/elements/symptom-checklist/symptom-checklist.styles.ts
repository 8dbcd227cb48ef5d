import { css } from 'lit';
import { cardStyles } from '../../base/card.styles.js';
import { headingStyles } from '../../base/heading.styles.js';

/** Layout of `<circ-symptom-checklist>`'s own parts; colours and spacing are shared tokens only. */
const checklistLayout = css`
  .question {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.25);
    font-weight: 600;
  }

  .hint {
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding-block: 0.25em;
    cursor: pointer;
  }

  .option input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_brand);
  }

  /* Native radios and checkboxes ignore the shared yellow fill: ring them instead. */
  .option input:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 1px;
    box-shadow: 0 0 0 7px var(--_focus);
  }

  fieldset:disabled .option {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  button {
    padding: 0.5em 1em;
    border: 2px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_brand);
    font: inherit;
    cursor: pointer;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .result {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .clinical {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em var(--_space);
    margin-block: 0 calc(var(--_space) * 0.75);
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
  }

  ul {
    margin-block: 0 calc(var(--_space) * 0.5);
    padding-inline-start: 1.25em;
  }

  /* Our own rules outrank the card's ::slotted() ones, so trim its last margin here. */
  circ-care-card > :last-child {
    margin-block-end: 0;
  }

  /* The emergency card's body is dark: its citation link takes the body's light text. */
  circ-care-card[urgency='emergency'] a {
    color: inherit;
  }

  .summary {
    display: none;
  }

  /* For an appointment: the answers and the result on paper, without the controls. */
  @media print {
    .checklist {
      border-color: currentColor;
    }

    .form {
      display: none;
    }

    .summary {
      display: block;
    }

    .summary dd {
      margin-block-end: calc(var(--_space) * 0.5);
    }
  }
`;

/**
 * Everything `<circ-symptom-checklist>` needs beyond the tokens: the shared card and
 * heading scale (its result and summary use `.subheading`), then its own parts.
 */
export const checklistStyles = [cardStyles, headingStyles, checklistLayout];
