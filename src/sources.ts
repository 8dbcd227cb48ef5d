/**
 * Registration entry: `import 'circulation-elements/sources.js'` defines
 * `<circ-sources>`. The class module itself has no side effects.
 */
import { define } from './base/define.js';
import { CircSources } from './elements/sources/sources.element.js';

define('circ-sources', CircSources);

export { CircSources };
