import { css } from 'lit';
import { cardStyles } from '../../base/card.styles.js';
import { buttonStyles } from '../../base/button.styles.js';
import { headingStyles } from '../../base/heading.styles.js';

/** Layout of `<circ-symptom-checklist>`'s own parts; colours and spacing are shared tokens only. */
const checklistLayout = css`
  :host {
    --_legend-space: var(--circ-legend-space, calc(var(--_space) * 0.25));
    --_hint-space: var(--circ-hint-space, calc(var(--_space) * 0.5));

    /* Radios and checkboxes: the drawn box and the target around it (WCAG 2.2: 24 px). */
    --_control-size: var(--circ-control-size, 1.5em);
    --_control-target: var(--circ-control-target, max(24px, var(--_control-size)));
    --_control-gap: var(--circ-control-gap, 0.5em);
    --_control-spacing: var(--circ-control-spacing, 0.5em);
  }

  .question {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: var(--_legend-space);
    font-weight: 600;
  }

  .hint {
    margin-block-end: var(--_hint-space);
    color: var(--_hint);
  }

  /*
   * Radios and checkboxes are drawn, as NHS.UK draws them, so that a theme can size them:
   * the native input stays in place as the transparent target (clicks, keys, forms and
   * the accessibility tree are the browser's own), the box is drawn before the label's
   * text, and the mark after it, in borders only (forced colours keep borders). The
   * first option is pulled back by the margin around the box, so the box, not its
   * target, lines up with the legend.
   */
  .option {
    --_control-offset: calc((var(--_control-target) - var(--_control-size)) / 2);
    position: relative;
    display: flex;
    align-items: flex-start;
    margin-inline-start: calc(var(--_control-offset) * -1);
    cursor: pointer;
  }

  .option + .option {
    margin-block-start: var(--_control-spacing);
  }

  .hint + .option,
  legend + .option {
    margin-block-start: calc(var(--_control-offset) * -1);
  }

  .option:last-child {
    margin-block-end: calc(var(--_control-offset) * -1);
  }

  .option input {
    flex: none;
    z-index: 1;
    inline-size: max(var(--_control-target), var(--_control-size));
    block-size: max(var(--_control-target), var(--_control-size));
    margin: 0;
    opacity: 0;
    cursor: inherit;
  }

  /*
   * The label: one line is centred on the box; its padding (what the box has left beside
   * one line, at most the space between options) starts a label that wraps there too.
   */
  .option span {
    align-self: center;
    padding-block: min(var(--_control-spacing), calc((var(--_control-size) - 1lh) / 2));
    padding-inline: var(--_control-gap);
  }

  .option span::before,
  .option span::after {
    content: '';
    position: absolute;
    box-sizing: border-box;
  }

  .option span::before {
    inset-block-start: var(--_control-offset);
    inset-inline-start: var(--_control-offset);
    inline-size: var(--_control-size);
    block-size: var(--_control-size);
    border: 2px solid var(--_control-border);
    background: var(--_surface);
  }

  [type='radio'] + span::before {
    border-radius: 50%;
  }

  /* The radio's dot: half the box, in the text colour. */
  [type='radio'] + span::after {
    inset-block-start: calc(var(--_control-offset) + var(--_control-size) / 4);
    inset-inline-start: calc(var(--_control-offset) + var(--_control-size) / 4);
    border: calc(var(--_control-size) / 4) solid currentColor;
    border-radius: 50%;
  }

  /*
   * The checkbox's tick: two borders of a flat box turned 45° (physical sides: a tick
   * reads the same way in right-to-left text). Proportions and place are NHS.UK's.
   */
  [type='checkbox'] + span::after {
    inset-block-start: calc(var(--_control-offset) + var(--_control-size) * 0.306);
    inset-inline-start: calc(var(--_control-offset) + var(--_control-size) * 0.242);
    inline-size: calc(var(--_control-size) * 0.55);
    block-size: calc(var(--_control-size) * 0.25);
    border-bottom: calc(var(--_control-size) * 0.1) solid currentColor;
    border-left: calc(var(--_control-size) * 0.1) solid currentColor;
    rotate: -45deg;
  }

  .option input:not(:checked) + span::after {
    display: none;
  }

  /* Native radios and checkboxes ignore the shared yellow fill: ring the drawn box instead. */
  .option input:focus-visible + span::before {
    border: 4px solid var(--_focus-text);
    outline: 4px solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 4px var(--_focus);
  }

  .option [type='radio']:focus-visible + span::before {
    box-shadow: 0 0 0 5px var(--_focus);
  }

  fieldset:disabled .option {
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

  /* Inside the result the card keeps its own margins, not the gap between stacked elements. */
  circ-care-card {
    margin-block-end: 0;
  }

  /*
   * The emergency card's body is dark: its citation link takes the body's light text.
   * Not when focused: the focus fill is yellow and takes the dark focus text.
   */
  circ-care-card[urgency='emergency'] a:not(:focus-visible) {
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
export const checklistStyles = [cardStyles, headingStyles, buttonStyles, checklistLayout];
