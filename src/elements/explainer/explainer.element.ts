import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { staticTemplateStrings, type CitationsMode } from '../../citations/citation-markers.js';
import { checkedCitations } from '../../citations/citations-mode.js';
import { CitationController } from '../../citations/citation-controller.js';
import { citationStyles } from '../../citations/citation.styles.js';
import { helpStyles } from '../../base/help.styles.js';
import { CircElement } from '../../base/circ-element.js';
import { SlotPresenceController } from '../../base/slot-presence.js';
import type { ExplainerTopicContent } from '../../content/explainer/topic-content.types.js';
import {
  explainerTopics,
  isExplainerTopic,
  type ExplainerTopic,
} from '../../content/explainer/topics.js';
import { explainerPieces } from './explainer-markup.js';
import { explainerStyles } from './explainer.styles.js';

/**
 * A plain-English explainer card about leg ischaemia: a heading, a short summary and a
 * native `<details>` section with more detail. Every statement comes from the built-in,
 * source-backed content and ends with citation markers: numbered like the page's
 * `<circ-sources>` list (activating one moves focus to the entry), or linking to the
 * source itself when the page has no list.
 *
 * Every built-in topic ends with where to get help, always visible (also while the detail
 * is closed), because a partner may embed one explainer on its own: call 999 or go to A&E
 * for a leg that suddenly becomes painful, pale, cold, numb or weak; ask for an urgent GP
 * appointment or call 111 for the warning signs of critical limb ischaemia; and the
 * Northern Ireland route, where there is no 111. A partner who replaces the built-in body
 * with the default slot replaces this too, and takes on its signposting.
 *
 * An unknown `topic` renders only the slotted content and warns once.
 *
 * @summary Explains one topic: ischaemia, intermittent claudication, critical limb ischaemia, treatment or when to get help.
 *
 * @slot heading - Replaces the built-in title (the text goes inside the element's own heading, so keep it phrasing content).
 * @slot - Replaces the built-in body (summary and detail).
 * @slot footer - Extra content after the body, such as a booking link.
 *
 * @csspart base - The card.
 * @csspart heading - The heading element (`h2`…`h6`).
 * @csspart summary - The short summary paragraph.
 * @csspart details - The `<details>` element holding more detail.
 * @csspart help - Where to get help (999, urgent GP or 111), after the detail and always shown.
 * @csspart citation - Each citation marker (a link to its source, or to its entry in `<circ-sources>`).
 *
 * @fires {CustomEvent<CiteEventDetail>} circ-cite - A citation marker was activated; `detail.id` is the source id.
 */
export class CircExplainer extends CircElement {
  // Lit's reactive properties (the fields below, with their JSDoc), declared here
  // rather than with decorators, whose helpers every bundle would carry.
  static override properties: PropertyDeclarations = {
    topic: { reflect: true },
    open: { type: Boolean, reflect: true },
    citations: { reflect: true },
  };

  static override styles = [...CircElement.styles, citationStyles, helpStyles, explainerStyles];

  /**
   * Which built-in explainer to show: `ischaemia`, `intermittent-claudication`,
   * `critical-ischaemia`, `treatment` or `when-to-seek-help`.
   */
  topic: ExplainerTopic = 'ischaemia';

  /** Whether the "more detail" section is expanded. Reflects; follows the reader's toggling. */
  open = false;

  /**
   * Whether statements show their citation markers: `inline` (default: a short marker
   * after each statement, one keyboard stop, linking to its sources) or `none` (no
   * markers, for patient pages that end with one `<circ-sources>`, as NHS pages end with
   * their review dates; the sources stay listed there). Any other value falls back to
   * `inline` with one warning.
   */
  citations: CitationsMode = 'inline';

  /** The checked `citations` that `render()` uses. */
  private renderedCitations: CitationsMode = 'inline';

  private readonly slots = new SlotPresenceController(this);

  constructor() {
    super();
    // Re-renders the citation markers when a <circ-sources> list comes, goes or reorders.
    new CitationController(this);
  }

  /** The built-in content of the checked `topic`, or `undefined` for an unknown topic. */
  private content: ExplainerTopicContent | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('topic')) this.content = this.checkedContent();
    if (!this.hasUpdated || changed.has('citations')) {
      this.renderedCitations = checkedCitations(this.citations, (key, message) =>
        this.warnOnce(key, message),
      );
    }
  }

  private checkedContent(): ExplainerTopicContent | undefined {
    if (isExplainerTopic(this.topic)) return explainerTopics[this.topic];
    this.warnOnce(
      `topic:${String(this.topic)}`,
      `topic "${String(this.topic)}" is not known; showing only the slotted content.`,
    );
    return undefined;
  }

  protected override render() {
    const content = this.content;
    const body = content !== undefined && !this.slots.has(null);
    const hidden = content === undefined && !this.slots.has('heading');
    const level = this.renderedHeadingLevel;
    const mode = this.renderedCitations;
    // One template for the whole card, static but for the detail's `open` and its toggle
    // listener, built once per topic, heading level, language and numbering and shared by
    // every explainer like it: per-instance work is the render budget (issue 12).
    const strings = staticTemplateStrings(
      `explainer ${content ? this.topic : '(unknown)'}`,
      `${level} ${hidden} ${body} ${mode}`,
      () => explainerPieces(content, { level, hidden, body, mode }),
    );
    return body ? html(strings, this.open, this.onToggle) : html(strings);
  }

  private onToggle(event: Event): void {
    this.open = (event.target as HTMLDetailsElement).open;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'circ-explainer': CircExplainer;
  }
}
