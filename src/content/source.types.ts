/**
 * One entry of a source list, as `<circ-sources>` renders it (Vancouver-like).
 * Only details that were checked are filled in: an unknown author or year is left out,
 * never guessed.
 */
export interface Source {
  /** Stable id that statements cite, e.g. `nice-cg147`. */
  id: string;
  /** Title of the work, in its own language. */
  title: string;
  /** Where to read it; only http(s) URLs are ever linked. */
  url?: string;
  /** Authors in Vancouver style ("Leng GC"); omitted when not confirmed. */
  authors?: string[];
  /** Publisher, organisation or journal. */
  publisher?: string;
  /** Year of publication; omitted when not confirmed. */
  year?: number;
  /** Extra bibliographic detail such as volume and pages. */
  note?: string;
  /**
   * The language of its title and details (a BCP 47 tag such as `en`), so a screen reader
   * reads them in that language in a list in another one. Unset: the page's language.
   */
  lang?: string;
}
