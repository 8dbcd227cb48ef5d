/**
 * Registration entry: `import 'circulation-elements/explainer.js'` defines
 * `<circ-explainer>`. The class module itself has no side effects.
 */
import { define } from './base/define.js';
import { CircExplainer } from './elements/explainer/explainer.element.js';

define('circ-explainer', CircExplainer);

export { CircExplainer };
