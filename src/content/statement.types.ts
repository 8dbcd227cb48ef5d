import type { SourceId } from './sources.js';

/**
 * One patient-facing statement and the sources that support it. The text is a function
 * so that `msg()` runs at render time, in the active locale.
 */
export interface Statement {
  /** The sentence(s) in the active locale. */
  readonly text: () => string;
  /** Ids of the built-in sources that support the statement; never empty. */
  readonly sources: readonly [SourceId, ...SourceId[]];
}
