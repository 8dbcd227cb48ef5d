/**
 * Registration entry: `import 'circulation-elements/comparison.js'` defines
 * `<circ-comparison>`. The class module itself has no side effects.
 */
import { define } from './base/define.js';
import { CircComparison } from './elements/comparison/comparison.element.js';

define('circ-comparison', CircComparison);

export { CircComparison };
// The public types (and helpers) partners use with this element, from its own entry.
export type { CiteEventDetail } from './citations/citation-markers.js';
export type { HeadingLevel } from './base/heading-level.js';
