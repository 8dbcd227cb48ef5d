import { css } from 'lit';

/**
 * The buttons of the elements that have them (the checklist's print and clear buttons, the
 * walking plan's timer buttons): primary, and `.secondary`, which keeps the brand text and
 * border. The default theme draws both alike; the NHS.UK theme sets the `--circ-button-*`
 * tokens to draw nhsuk-frontend's buttons. Every button is at least the control target
 * tall (24 px, WCAG 2.2), and shows the shared focus fill.
 */
export const buttonStyles = css`
  :host {
    --_control-size: var(--circ-control-size, 1.5em);
    --_control-target: var(--circ-control-target, max(24px, var(--_control-size)));
    --_button: var(--circ-color-button, var(--_surface));
    --_button-text: var(--circ-color-button-text, var(--_brand));
    --_button-border: var(--circ-color-button-border, var(--_brand));
    --_button-shadow: var(--circ-button-shadow, none);
    --_button-secondary: var(--circ-color-button-secondary, var(--_surface));
    --_button-secondary-shadow: var(--circ-button-secondary-shadow, none);
    --_button-weight: var(--circ-button-font-weight);
    --_button-line: var(--circ-button-line-height);
    --_button-padding: var(--circ-button-padding, 0.5em 1em);
    --_button-radius: var(--circ-button-radius, var(--_radius));
    --_button-inline-size: var(--circ-button-inline-size, auto);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  button {
    inline-size: var(--_button-inline-size);
    min-block-size: var(--_control-target);
    padding: var(--_button-padding);
    border: 2px solid var(--_button-border);
    border-radius: var(--_button-radius);
    background: var(--_button);
    color: var(--_button-text);
    box-shadow: var(--_button-shadow);
    font: inherit;
    font-weight: var(--_button-weight);
    line-height: var(--_button-line);
    cursor: pointer;
  }

  .secondary {
    border-color: var(--_brand);
    background: var(--_button-secondary);
    color: var(--_brand);
    box-shadow: var(--_button-secondary-shadow);
  }

  /* The shared focus fill, with its dark bar below only, as on NHS.UK buttons. */
  button:focus-visible {
    border-color: transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px var(--_focus-text);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  @media print {
    button {
      display: none;
    }
  }
`;
