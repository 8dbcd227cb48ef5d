import type { SourceId } from './source-links.js';

/**
 * One patient-facing statement and the sources that support it. The text is a function
 * so that `msg()` runs at render time, in the active locale.
 */
export interface Statement {
  /** The sentence(s) in the active locale; with `items`, the words that lead into the list. */
  readonly text: () => string;
  /**
   * A bulleted list that finishes the statement ("…call 111 if you have:" and the signs),
   * so that three or more things are never run together in one long sentence.
   */
  readonly items?: readonly (() => string)[];
  /** Ids of the built-in sources that support the statement; never empty. */
  readonly sources: readonly [SourceId, ...SourceId[]];
}
