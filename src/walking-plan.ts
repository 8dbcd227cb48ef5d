/**
 * Registration entry: `import 'circulation-elements/walking-plan.js'` defines
 * `<circ-walking-plan>`. The class module itself has no side effects.
 */
import { define } from './base/define.js';
import { CircWalkingPlan } from './elements/walking-plan/walking-plan.element.js';

define('circ-walking-plan', CircWalkingPlan);

export { CircWalkingPlan };
// The public types partners use with this element, from its own entry.
export type { SessionEndDetail, WalkRecord } from './elements/walking-plan/walking-plan.element.js';
export type { CiteEventDetail } from './citations/citation-markers.js';
export type { HeadingLevel } from './base/heading-level.js';
