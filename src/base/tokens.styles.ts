import { css } from 'lit';

/**
 * Out of sight but still read by assistive technology: a list of declarations, not a
 * rule, for `.visually-hidden` below and for what a layout hides only sometimes (the
 * column headers of the narrow comparison and walking plan). On one line, so a screen
 * reader does not read squeezed text word by word.
 */
export const visuallyHidden = css`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/**
 * Shared design tokens. Every element reads the public `--circ-*` custom properties
 * through private `--_*` aliases with fallbacks, so a partner themes everything by
 * setting a few properties on any ancestor, and elements never hard-code brand colours.
 * The aliases of tokens that only one element reads (the care card's arrow, the
 * checklist's controls and buttons) are declared in that element's styles instead, so
 * other elements do not carry them.
 * The defaults follow the NHS.UK palette (text contrast above 4.5:1 on the surface).
 * Colour literals live here only, as those fallbacks: src/tokens.node.test.mjs checks
 * that, and that every `--circ-*` is documented with `@cssprop` in circ-element.ts.
 * Focus text and bar have their own dark token, not the body text's, so a light text
 * theme cannot put light text on the yellow fill; print has its own (black by default,
 * whatever the screen theme) rather than `CanvasText`, which a dark scheme may make light.
 *
 * Colour schemes: each colour default is `light-dark(light, dark)`, which follows the
 * `color-scheme` the host inherits from the page. A page that says nothing gets the light
 * colours whatever the reader prefers; `color-scheme: dark` gets the dark ones, and
 * `light dark` the reader's preference. Both sets keep every text pair at 4.5:1 or more
 * (src/tokens.node.test.mjs computes them). In the dark set the accents are light tints,
 * so the care card's band keeps `--_surface` text on `--_accent` readable in both.
 */
export const tokens = css`
  :host {
    --_brand: var(--circ-color-brand, light-dark(#005eb8, #7fbdf5));
    --_text: var(--circ-color-text, light-dark(#212b32, #eef2f4));
    --_surface: var(--circ-color-surface, light-dark(#ffffff, #1d2429));
    --_border: var(--circ-color-border, light-dark(#aeb7bd, #8a98a2));
    --_urgent: var(--circ-color-urgent, light-dark(#d5281b, #ff8a80));
    --_emergency: var(--circ-color-emergency, light-dark(#d5281b, #ff8a80));
    --_focus: var(--circ-color-focus, #ffeb3b);
    --_focus-text: var(--circ-color-focus-text, #212b32);
    --_print-text: var(--circ-color-print-text, #000000);
    --_hint: var(--circ-color-hint, var(--_text));
    --_control-border: var(--circ-color-control-border, light-dark(#4c6272, #aeb7bd));
    --_radius: var(--circ-radius, 4px);
    --_space: var(--circ-space, 1rem);
    --_paragraph-space: var(--circ-paragraph-space, calc(var(--_space) * 0.75));
    --_heading-space: var(--circ-heading-space, calc(var(--_space) * 0.5));

    --_heading-weight: var(--circ-heading-font-weight, bold);

    display: block;
    /* Unset custom properties: the declarations become 'unset', so the host's font is inherited. */
    font-family: var(--circ-font-family);
    font-size: var(--circ-font-size);
    color: var(--_text);
    line-height: var(--circ-line-height, 1.5);
    overflow-wrap: break-word;
    /* Stacked elements keep a gap (page CSS on the element wins over this :host rule). */
    margin-block-end: var(--circ-stack-space, calc(var(--_space) * 1.5));
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  a {
    color: var(--_brand);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 0.15em;
  }

  /* NHS-style focus: yellow fill with a dark bar, visible on any surface. */
  :focus-visible {
    outline: 3px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }

  .visually-hidden {
    ${visuallyHidden}
    margin: -1px;
    padding: 0;
    border: 0;
  }

  /*
   * Text that tells what only our script does ("more questions will appear"): on a
   * pre-rendered page it stays out of sight and out of the accessibility tree until the
   * element is defined, so a reader whose page has not run the script yet, or never does,
   * is not promised what will not happen. It keeps its space, so nothing moves when the
   * script arrives.
   */
  :host(:not(:defined)) .needs-script {
    visibility: hidden;
  }

  @media print {
    /*
     * Paper is white whatever the screen's scheme: the light colours (light-dark()
     * picks them), so links and markers printed from a dark page stay readable.
     */
    :host {
      color-scheme: light;
      color: var(--_print-text);
      background: none;
    }

    /*
     * On paper a link cannot be followed: print its address after it. Not for citation
     * markers (the source list prints every address) or links that show their address.
     */
    a[href]:not(.cite, .url, [href^='#'])::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
