import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CircElement } from '../../base/circ-element.js';
import { citationRegistry, type CitationList } from '../../citations/citation-registry.js';
import { activeLocale } from '../../base/locale.js';
import { safeHref } from '../../base/safe-url.js';
import { contentReview } from '../../content/review-dates.js';
import type { Source } from '../../content/source.types.js';
import { sourcesText as text } from '../../content/sources-text.js';
import { builtInSources } from '../../content/sources.js';
import { referenceParts } from './format-source.js';
import { parseIsoDate } from '../../base/iso-date.js';
import { parseSources } from './parse-sources.js';
import { sourcesStyles } from './sources.styles.js';

/**
 * The numbered list of sources behind the built-in content, with the dates the content
 * was last reviewed and is next due for review.
 *
 * Citation markers in other elements on the page (`<circ-explainer>` and the rest) use
 * this list's numbers, and activating one moves focus to its entry here. With several
 * lists on a page, the first one connected does the numbering.
 *
 * External links open in a new tab, with `rel="noopener noreferrer"`, and say so to
 * screen readers. A URL that is not http(s), mailto, tel or relative is shown as text.
 *
 * @summary Numbered, Vancouver-style source list with review dates.
 *
 * @csspart base - The section around the list.
 * @csspart heading - The heading element (`h2`…`h6`).
 * @csspart list - The `<ol>`.
 * @csspart entry - Each `<li>`.
 * @csspart review - The paragraph with the review dates.
 */
export class CircSources extends CircElement implements CitationList {
  // Lit's reactive properties (the fields below, with their JSDoc), declared here
  // rather than with decorators, whose helpers every bundle would carry.
  static override properties: PropertyDeclarations = {
    only: {},
    sources: { converter: { fromAttribute: (value: string | null) => value } },
    reviewed: {},
    nextReview: { attribute: 'next-review' },
  };

  static override styles = [...CircElement.styles, sourcesStyles];

  /**
   * Space-separated ids of the built-in sources to list, in that order
   * (e.g. `"nice-cg147 eur-treatment-strategies"`). Unset or blank: every built-in source.
   */
  only: string | null = null;

  /**
   * Extra sources to append (`Source[]`); one with a built-in id replaces that source in
   * place. As an attribute: JSON. Entries without `id` or `title` are skipped with a warning.
   * Give each its `lang` (`"en"`) when it may differ from the page's language: a screen
   * reader then reads it in that language (every built-in reference is marked English).
   */
  sources: Source[] | string = [];

  /** "Last reviewed" date as an ISO date (`2026-11-24`). Default: the built-in content's. */
  reviewed: string = contentReview.reviewed;

  /** "Next review due" date as an ISO date. Default: the built-in content's. */
  nextReview: string = contentReview.nextReview;

  // What render() shows, checked in willUpdate() when the inputs change (warnings are
  // raised there, once), so that render() is a pure function of these fields.
  private entries: Source[] = [];
  /** The safe link of each listed source that has one, by id. */
  private links = new Map<string, string>();
  private shownReviewed: string = contentReview.reviewed;
  private shownNextReview: string = contentReview.nextReview;
  private entriesSignature = '';

  /** The 1-based number and title of source `id` in this list, if it is listed. */
  entryFor(id: string): { number: number; title: string } | undefined {
    const index = this.entries.findIndex((source) => source.id === id);
    return index < 0 ? undefined : { number: index + 1, title: this.entries[index]!.title };
  }

  /** Moves keyboard focus to the entry for source `id`; false if it is not listed. */
  focusEntry(id: string): boolean {
    const item = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('li')).find(
      (li) => li.dataset.sourceId === id,
    );
    item?.focus();
    return item !== undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) citationRegistry.register(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    citationRegistry.unregister(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const first = !this.hasUpdated;
    if (first || changed.has('only') || changed.has('sources')) {
      this.entries = this.listedSources();
      this.links = this.safeLinks(this.entries);
    }
    if (first || changed.has('reviewed')) {
      this.shownReviewed = this.checkedDate('reviewed', this.reviewed, contentReview.reviewed);
    }
    if (first || changed.has('nextReview')) {
      this.shownNextReview = this.checkedDate(
        'next-review',
        this.nextReview,
        contentReview.nextReview,
      );
    }
  }

  protected override firstUpdated(): void {
    // Registered once rendered, so focusEntry() can find the entries.
    citationRegistry.register(this);
  }

  protected override updated(): void {
    const signature = JSON.stringify(this.entries.map((source) => [source.id, source.title]));
    if (signature !== this.entriesSignature) {
      this.entriesSignature = signature;
      citationRegistry.listChanged(this);
    }
  }

  private listedSources(): Source[] {
    const listed = this.selectedBuiltIns();
    const { sources: extra, problems, leftOut } = parseSources(this.sources);
    if (problems.length > 0) {
      this.warnOnce(
        `sources:${problems.join()}`,
        `${problems.join('; ')}; ${problems.length === 1 ? 'that input was' : 'those inputs were'} skipped.`,
      );
    }
    if (leftOut.length > 0)
      this.warnOnce(`sources-details:${leftOut.join()}`, `${leftOut.join('; ')}.`);
    for (const source of extra) {
      const index = listed.findIndex((listedSource) => listedSource.id === source.id);
      if (index >= 0) listed[index] = source;
      else listed.push(source);
    }
    return listed;
  }

  private selectedBuiltIns(): Source[] {
    const ids = [...new Set((this.only ?? '').split(/\s+/).filter(Boolean))];
    // A blank `only` is treated like no `only`: an empty source list helps nobody.
    if (ids.length === 0) return [...builtInSources];
    const selected: Source[] = [];
    for (const id of ids) {
      const source = builtInSources.find((builtIn) => builtIn.id === id);
      if (source) selected.push(source);
      else this.warnOnce(`only:${id}`, `only names an unknown source "${id}"; it is skipped.`);
    }
    return selected;
  }

  /** The safe link of each source that has a URL; an unsafe one warns once and shows as text. */
  private safeLinks(sources: readonly Source[]): Map<string, string> {
    const links = new Map<string, string>();
    for (const source of sources) {
      if (source.url === undefined) continue;
      const href = safeHref(source.url);
      if (href) links.set(source.id, href);
      else {
        this.warnOnce(
          `url:${source.id}:${source.url}`,
          `source "${source.id}" has an unsafe URL "${source.url}"; it is shown as text, not as a link.`,
        );
      }
    }
    return links;
  }

  /** The ISO date to show for `attribute`: `value`, or `fallback` with one warning. */
  private checkedDate(attribute: string, value: string, fallback: string): string {
    if (parseIsoDate(value)) return value.trim();
    this.warnOnce(
      `${attribute}:${value}`,
      `${attribute} "${value}" is not an ISO date (YYYY-MM-DD); showing ${fallback}.`,
    );
    return fallback;
  }

  protected override render() {
    return html`
      <section part="base" class="sources" aria-labelledby="heading">
        ${this.renderHeading(text.heading())}
        <ol part="list">
          ${this.entries.map((source) => this.renderEntry(source))}
        </ol>
        ${this.renderReview()}
      </section>
    `;
  }

  private renderEntry(source: Source) {
    const parts = referenceParts(source);
    // The reference in its own language, isolated (dir="auto"), so a screen reader reads
    // an English title in English in an Urdu list, and its full stop stays at its end.
    return html`<li part="entry" tabindex="-1" data-source-id=${source.id}>
      <span lang=${source.lang ?? nothing} dir=${source.lang ? 'auto' : nothing}
        >${parts.authors ? html`${parts.authors} ` : nothing}${parts.title}
        ${parts.publication ?? nothing}</span
      >
      ${this.renderUrl(source)}
    </li>`;
  }

  private renderUrl(source: Source) {
    if (source.url === undefined) return nothing;
    const href = this.links.get(source.id);
    // An address reads left to right in any language.
    if (!href) return html`<span class="url" dir="ltr">${source.url}</span>`;
    return html`${text.availableFrom()}
      <a class="url" dir="ltr" href=${href} target="_blank" rel="noopener noreferrer"
        >${href}<span class="visually-hidden"> ${text.newTab()}</span></a
      >`;
  }

  private renderReview() {
    return html`<p part="review" class="review">
      ${text.reviewed()} ${renderDate(this.shownReviewed)}. ${text.nextReview()}
      ${renderDate(this.shownNextReview)}.
    </p>`;
  }
}

/** A checked ISO date as a `<time>`, written out in the active locale. */
function renderDate(iso: string) {
  const text = new Intl.DateTimeFormat(activeLocale(), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(parseIsoDate(iso)!);
  return html`<time datetime=${iso}>${text}</time>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'circ-sources': CircSources;
  }
}
