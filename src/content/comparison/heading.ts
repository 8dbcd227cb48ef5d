// The heading of <circ-comparison>, which also names the table.
import { msg } from '../../base/localization.js';

/** The table's heading (which also names it): with or without the critical column. */
export const comparisonHeading = {
  twoColumns: () =>
    msg('Ischaemia and intermittent claudication: the difference', {
      id: 'comparison.heading',
    }),
  withCritical: () =>
    msg('Ischaemia, intermittent claudication and critical limb ischaemia: the differences', {
      id: 'comparison.heading-with-critical',
    }),
};
