// The rows of <circ-comparison>: the questions the table answers, and their row headers.
import { msg } from '../../base/localization.js';

/** The questions the table answers, one row each, in row order. */
export const comparisonRowNames = [
  'what-it-is',
  'usual-cause',
  'when-symptoms-happen',
  'typical-symptoms',
  'where-in-the-body',
  'what-eases-it',
  'main-treatment',
  'how-serious',
] as const;

/** One row of the comparison table. */
export type ComparisonRowName = (typeof comparisonRowNames)[number];

/** The row headers. */
export const comparisonRowLabels: Readonly<Record<ComparisonRowName, () => string>> = {
  'what-it-is': () => msg('What it is', { id: 'comparison.row.what-it-is' }),
  'usual-cause': () => msg('Usual cause', { id: 'comparison.row.usual-cause' }),
  'when-symptoms-happen': () =>
    msg('When symptoms happen', { id: 'comparison.row.when-symptoms-happen' }),
  'typical-symptoms': () => msg('Typical symptoms', { id: 'comparison.row.typical-symptoms' }),
  'where-in-the-body': () => msg('Where in the body', { id: 'comparison.row.where-in-the-body' }),
  'what-eases-it': () => msg('What eases it', { id: 'comparison.row.what-eases-it' }),
  'main-treatment': () => msg('Main treatment', { id: 'comparison.row.main-treatment' }),
  'how-serious': () => msg('How serious it is', { id: 'comparison.row.how-serious' }),
};
