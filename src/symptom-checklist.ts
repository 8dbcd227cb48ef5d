/**
 * Registration entry: `import 'circulation-elements/symptom-checklist.js'` defines
 * `<circ-symptom-checklist>` and, through the class's `dependencies`, the
 * `<circ-care-card>` it renders. The class modules themselves have no side effects.
 */
import { define } from './base/define.js';
import { CircSymptomChecklist } from './elements/symptom-checklist/symptom-checklist.element.js';

define('circ-symptom-checklist', CircSymptomChecklist);

export { CircSymptomChecklist };
