import {
  adoptStyles,
  LitElement,
  render,
  type CSSResultArray,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { emit, type CircEventDetail, type CircEventName } from './emit.js';
import { hydrationSupported } from './hydration.js';
import { isHeadingLevel, type HeadingLevel } from './heading-level.js';
import { numberHasChanged } from './number-has-changed.js';
import { renderHeading, type HeadingOptions } from './render-heading.js';
import { LocaleController } from './locale-controller.js';
import { tokens } from './tokens.styles.js';
import { VERSION } from './version.js';
import { warnOnce } from './warn-once.js';
import { parseWholeNumber, wholeNumberAttribute, wholeNumberFrom } from './whole-number.js';

/**
 * Base class of every circulation-elements element, as Shoelace's `ShoelaceElement` is
 * theirs: the shared design tokens, the `heading-level` attribute with its validation,
 * one heading renderer, one typed `emit()`, one-warning-per-problem reporting, the
 * elements each one renders inside (`dependencies`) and the version stamp that
 * `define()` reads. It has no side effects and defines no tag.
 *
 * @cssprop [--circ-color-brand=light-dark(#005eb8, #7fbdf5)] - Links, summary toggles and accents.
 * @cssprop [--circ-color-text=light-dark(#212b32, #eef2f4)] - Body text.
 * @cssprop [--circ-color-surface=light-dark(#ffffff, #1d2429)] - Card background, and the text on accent bands.
 * @cssprop [--circ-color-border=light-dark(#aeb7bd, #8a98a2)] - Borders and dividers.
 * @cssprop [--circ-color-urgent=light-dark(#d5281b, #ff8a80)] - Urgent advice accents.
 * @cssprop [--circ-color-emergency=light-dark(#d5281b, #ff8a80)] - Emergency advice accents.
 * @cssprop [--circ-color-focus=#ffeb3b] - Focus highlight.
 * @cssprop [--circ-color-focus-text=#212b32] - Text and bar on the focus highlight (keep it dark).
 * @cssprop [--circ-color-print-text=#000000] - Text colour on paper.
 * @cssprop [--circ-color-hint=var(--circ-color-text)] - Hint text under a question.
 * @cssprop [--circ-color-control-border=light-dark(#4c6272, #aeb7bd)] - Border of radios and checkboxes (3:1 or more on the surface).
 * @cssprop [--circ-font-family=inherit] - Font; by default the host page's font.
 * @cssprop [--circ-font-size=inherit] - Body text size; by default the host's font size.
 * @cssprop [--circ-line-height=1.5] - Body line height.
 * @cssprop [--circ-heading-font-weight=bold] - Weight of headings.
 * @cssprop --circ-heading-2-size - Font size of h2 headings; unset, every heading takes its step of the element's own scale (1.375em for its title, 1.125em for a section).
 * @cssprop --circ-heading-2-line-height - Line height of h2 headings; unset, 1.3.
 * @cssprop --circ-heading-3-size - Font size of h3 headings (and of care card headings at any level, as on NHS.UK); unset, the element's own scale.
 * @cssprop --circ-heading-3-line-height - Line height of h3 headings and care card headings; unset, 1.3.
 * @cssprop --circ-heading-4-size - Font size of h4 headings; unset, the element's own scale.
 * @cssprop --circ-heading-4-line-height - Line height of h4 headings; unset, 1.3.
 * @cssprop --circ-heading-5-size - Font size of h5 headings; unset, the element's own scale.
 * @cssprop --circ-heading-5-line-height - Line height of h5 headings; unset, 1.3.
 * @cssprop --circ-heading-6-size - Font size of h6 headings; unset, the element's own scale.
 * @cssprop --circ-heading-6-line-height - Line height of h6 headings; unset, 1.3.
 * @cssprop [--circ-radius=4px] - Corner radius.
 * @cssprop [--circ-space=1rem] - Base spacing unit: the padding of cards and the space after a question.
 * @cssprop [--circ-stack-space=calc(var(--circ-space) * 1.5)] - Margin after each element, so stacked elements keep a gap (none for an element inside one of ours, such as the checklist's care card).
 * @cssprop [--circ-paragraph-space=calc(var(--circ-space) * 0.75)] - Space after a paragraph.
 * @cssprop [--circ-heading-space=calc(var(--circ-space) * 0.5)] - Space after a heading.
 * @cssprop [--circ-legend-space=calc(var(--circ-space) * 0.25)] - Space after a question's legend.
 * @cssprop [--circ-hint-space=calc(var(--circ-space) * 0.5)] - Space after a question's hint.
 * @cssprop [--circ-care-card-margin=var(--circ-space)] - Margin above and below a care card.
 * @cssprop --circ-care-card-border-width - Border width of care cards on screen; unset, 1px (4px for urgent and emergency). In print it grows with the urgency: 4, 6 and 8px.
 * @cssprop --circ-color-care-card-border - Border colour of care cards on screen; unset, the urgency's colour.
 * @cssprop [--circ-care-card-heading-padding=calc(var(--circ-space) * 0.75)] - Padding above and below a care card's heading (its sides take the spacing unit).
 * @cssprop [--circ-care-card-arrow-size=0px] - Size of the notch arrow under a care card's heading (0px: none).
 * @cssprop [--circ-control-size=1.5em] - Size of the drawn radio and checkbox.
 * @cssprop [--circ-control-target=max(24px, var(--circ-control-size))] - Size of the area that takes a click or tap on a radio or checkbox (at least 24 × 24 px, WCAG 2.2); it is also the buttons' minimum height.
 * @cssprop [--circ-control-gap=0.5em] - Space on each side of a radio's or checkbox's label.
 * @cssprop [--circ-control-spacing=0.5em] - Space between the options of a question.
 * @cssprop [--circ-color-button=var(--circ-color-surface)] - Background of a primary button.
 * @cssprop [--circ-color-button-text=var(--circ-color-brand)] - Text of a primary button.
 * @cssprop [--circ-color-button-border=var(--circ-color-brand)] - Border of a primary button.
 * @cssprop [--circ-button-shadow=none] - Box shadow of a primary button.
 * @cssprop [--circ-color-button-secondary=var(--circ-color-surface)] - Background of a secondary button (its text and border take the brand colour).
 * @cssprop [--circ-button-secondary-shadow=none] - Box shadow of a secondary button.
 * @cssprop --circ-button-font-weight - Weight of button text; unset, inherited.
 * @cssprop --circ-button-line-height - Line height of button text; unset, inherited.
 * @cssprop [--circ-button-padding=0.5em 1em] - Padding of buttons.
 * @cssprop [--circ-button-radius=var(--circ-radius)] - Corner radius of buttons.
 * @cssprop [--circ-button-inline-size=auto] - Width of buttons (100%: one per line).
 */
export class CircElement extends LitElement {
  // Lit's reactive properties (the fields below, with their JSDoc), declared here
  // rather than with decorators, whose helpers every bundle would carry.
  static override properties: PropertyDeclarations = {
    headingLevel: {
      attribute: 'heading-level',
      type: Number,
      converter: wholeNumberAttribute,
      hasChanged: numberHasChanged,
    },
  };

  /** The circulation-elements version this class belongs to (read by `define()`). */
  static readonly version: string = VERSION;

  /** The heading level used when `heading-level` is absent or invalid. */
  static defaultHeadingLevel: HeadingLevel = 2;

  /**
   * The elements this one renders in its shadow root, by tag name: `define()` registers
   * them first, so one element's entry is enough (the checklist brings its care card).
   * Document each with `@dependency` in the class's JSDoc.
   */
  static dependencies: Readonly<Record<string, typeof CircElement>> = {};

  /** The tokens; subclasses spread these and add their own (nested arrays allowed). */
  static override styles: CSSResultArray = [tokens];

  /**
   * Level of the element's heading, 2–6, so the widget fits the host page's outline.
   * Absent: the default. The attribute is written in digits; the property also takes a
   * string of digits (`"3"`), as some frameworks set it from template text. Any other
   * value falls back to the default with one console warning.
   */
  headingLevel: HeadingLevel = 2;

  constructor() {
    super();
    // Re-renders in the new language when the locale changes (see locale-controller.ts).
    new LocaleController(this);
  }

  /** True while the shadow root is the pre-rendered one, until the first render. */
  private prerendered = false;

  /**
   * The shadow root. A pre-rendered one (Declarative Shadow DOM from
   * `circulation-elements/ssr`) is kept, and gets the same adopted style sheets as a new
   * one: its `<style>` is inline, which a strict CSP (`style-src 'self'`) blocks.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.prerendered = this.shadowRoot !== null;
    const root = super.createRenderRoot();
    if (this.prerendered && root instanceof ShadowRoot) {
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      // Without the hydration support Lit renders into the root as it is, after the
      // pre-rendered content: the element would show twice. Start from an empty root.
      if (!hydrationSupported()) {
        this.clearPrerendered(root);
        this.prerendered = false;
      }
    }
    return root;
  }

  /**
   * Renders; the first render of a pre-rendered element hydrates it (keeps its nodes).
   * If the pre-rendered content does not match what the element renders now (another
   * language, another source list), the hydration fails: the element then renders
   * afresh, with one warning, rather than stay inert.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (!this.prerendered) {
      super.update(changed);
      return;
    }
    this.prerendered = false;
    try {
      super.update(changed);
    } catch (error) {
      this.warnOnce(
        'hydration',
        `the pre-rendered content did not match (${String(error)}); rendered again.`,
      );
      this.clearPrerendered(this.renderRoot);
      render(this.render(), this.renderRoot, this.renderOptions);
    }
  }

  /**
   * Empties a pre-rendered root to render into it afresh. LitElement renders before the
   * root's first child as it found it (there, a pre-rendered node): render at the end now.
   */
  private clearPrerendered(root: HTMLElement | DocumentFragment): void {
    root.replaceChildren();
    this.renderOptions.renderBefore = null;
  }

  /**
   * The valid heading level to render: `headingLevel`, or the default if that is invalid.
   * Checked in `willUpdate` when it changes, so `render()` only reads it.
   */
  protected renderedHeadingLevel: HeadingLevel = 2;

  /**
   * Checks the inputs that changed before each render, warning once about bad ones, so
   * that `render()` stays a pure function of fields (server rendering relies on it).
   * Subclasses that override it call `super.willUpdate(changed)` first.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('headingLevel')) {
      this.renderedHeadingLevel = this.checkedHeadingLevel();
    }
  }

  private checkedHeadingLevel(): HeadingLevel {
    const level = wholeNumberFrom(this.headingLevel);
    if (isHeadingLevel(level)) return level;
    const fallback = (this.constructor as typeof CircElement).defaultHeadingLevel;
    // A removed attribute (Lit sets `null`) or an unset property is no mistake.
    if (this.headingLevel === null || this.headingLevel === undefined) return fallback;
    // The attribute's text when the value came from it ("0x3" reads as NaN), else the property's.
    const attribute = this.getAttribute('heading-level');
    const fromAttribute =
      attribute !== null && Object.is(parseWholeNumber(attribute), this.headingLevel);
    const given = fromAttribute ? attribute : String(this.headingLevel);
    this.warnOnce(
      `heading-level:${given}`,
      `heading-level "${given}" is not a whole number from 2 to 6; using ${fallback}.`,
    );
    return fallback;
  }

  /**
   * The element's heading, at the checked `heading-level`: `part="heading"`,
   * `class="heading"`, `id="heading"`. `content` is usually a `heading` slot holding the
   * built-in text.
   */
  protected renderHeading(content: unknown, options?: HeadingOptions): TemplateResult {
    return renderHeading(this.renderedHeadingLevel, content, options);
  }

  /**
   * Fires one of our `circ-*` events from this element: bubbling, composed, not
   * cancelable, with a `detail` typed by the event map. Every event of ours goes through
   * here (see `base/emit.ts`).
   */
  protected emit<K extends CircEventName>(
    name: K,
    detail: CircEventDetail<K>,
  ): CustomEvent<CircEventDetail<K>> {
    return emit(this, name, detail);
  }

  /**
   * Warns once per instance and `key`, prefixed with the tag name, so partners can find
   * which element complained: `circ-explainer: topic "x" is not known; …`.
   */
  protected warnOnce(key: string, message: string): void {
    warnOnce(this, key, `${this.localName}: ${message}`);
  }
}
