// The original article's two sources, which the explainers and the comparison cite together.
import type { SourceId } from './source-links.js';

/** The two sources of the original article (the first two of `builtInSources`). */
export const articleSources = [
  'eur-treatment-strategies',
  'sdu-claudicatio-intermittens',
] as const satisfies readonly SourceId[];
