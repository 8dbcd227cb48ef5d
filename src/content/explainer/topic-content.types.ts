// The shape of one explainer topic's text.
import type { Statement } from '../statement.types.js';

/** The text of one explainer: a short summary, then more detail behind a toggle. */
export interface ExplainerTopicContent {
  readonly title: () => string;
  readonly summary: readonly Statement[];
  /** Label of the toggle that opens the detail. */
  readonly detailsLabel: () => string;
  readonly details: readonly Statement[];
}
