import { msg } from '../base/localization.js';

// The words of <circ-sources> around the sources themselves (whose titles are the
// publishers' own). Functions, so that `msg()` runs at render time, in the active locale.

/** The built-in text of `<circ-sources>`. */
export const sourcesText = {
  /** The list's heading. */
  heading: () => msg('Sources', { id: 'sources.heading' }),
  /** Before a source's web address. */
  availableFrom: () => msg('Available from:', { id: 'sources.available-from' }),
  /** Heard by screen readers after a link that opens in a new tab. */
  newTab: () => msg('(opens in a new tab)', { id: 'sources.new-tab' }),
  /** Before the date the content was last reviewed. */
  reviewed: () => msg('Last reviewed:', { id: 'sources.reviewed' }),
  /** Before the date the next review is due. */
  nextReview: () => msg('Next review due:', { id: 'sources.next-review' }),
};
