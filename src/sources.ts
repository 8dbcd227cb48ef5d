/**
 * Registration entry: `import 'circulation-elements/sources.js'` defines
 * `<circ-sources>`. The class module itself has no side effects.
 */
import { define } from './base/define.js';
import { CircSources } from './elements/sources/sources.element.js';

define('circ-sources', CircSources);

export { CircSources };
// The public types (and helpers) partners use with this element, from its own entry.
export type { Source } from './content/source.types.js';
export { builtInSources, type SourceId } from './content/sources.js';
export type { HeadingLevel } from './base/heading-level.js';
