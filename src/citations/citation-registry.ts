/** What a source list on the page offers the citation markers of other elements. */
export interface CitationList {
  /** The 1-based number and title of the source `id` in this list, if it is listed. */
  entryFor(id: string): { number: number; title: string } | undefined;
  /** Moves keyboard focus to the entry for `id`. Returns false if it is not listed. */
  focusEntry(id: string): boolean;
}

/**
 * The one link between citation markers and `<circ-sources>` lists.
 *
 * A list registers itself while connected and calls `listChanged()` when its order
 * changes; markers subscribe through `CitationController` and re-render when told. This
 * replaces any scanning of the DOM (which cannot see into shadow roots anyway) or polling.
 * When several lists are on a page, the first one connected numbers the markers.
 *
 * The registry is per copy of the library: a page that loads two copies (npm bundle and
 * CDN module) keeps two independent registries.
 */
class CitationRegistry {
  private readonly lists = new Set<CitationList>();
  private readonly listeners = new Set<() => void>();

  /** Grows whenever the numbering may have changed, so built markup can be keyed by it. */
  version = 0;

  /** The list that numbers citations, or undefined when the page has none. */
  get activeList(): CitationList | undefined {
    return this.lists.values().next().value;
  }

  register(list: CitationList): void {
    this.lists.add(list);
    this.notify();
  }

  unregister(list: CitationList): void {
    if (this.lists.delete(list)) this.notify();
  }

  /** A registered list calls this after its entries or their order changed. */
  listChanged(list: CitationList): void {
    if (this.lists.has(list)) this.notify();
  }

  /** Calls `listener` whenever numbering may have changed; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

/** The registry shared by every element of this copy of the library. */
export const citationRegistry = new CitationRegistry();
