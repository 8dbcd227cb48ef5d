/**
 * Registration entry: `import 'circulation-elements/care-card.js'` defines
 * `<circ-care-card>`. The class module itself has no side effects.
 */
import { define } from './base/define.js';
import { CircCareCard } from './elements/care-card/care-card.element.js';

define('circ-care-card', CircCareCard);

export { CircCareCard };
// The public types (and helpers) partners use with this element, from its own entry.
export type { CareCardUrgency } from './content/care-card-text.js';
export type { HeadingLevel } from './base/heading-level.js';
