/**
 * Registration entry: `import 'circulation-elements/explainer.js'` defines
 * `<circ-explainer>`. The class module itself has no side effects.
 */
import { define } from './base/define.js';
import { CircExplainer } from './elements/explainer/explainer.element.js';

define('circ-explainer', CircExplainer);

export { CircExplainer };
// The public types (and helpers) partners use with this element, from its own entry.
export type { CiteEventDetail } from './citations/citation-markers.js';
export type { HeadingLevel } from './base/heading-level.js';
export { explainerTopicNames, type ExplainerTopic } from './content/explainer/topics.js';
