// The columns of <circ-comparison>: the conditions it compares in column order, and their text.
import type { ComparisonColumn } from './column.types.js';
import { criticalIschaemiaColumn } from './critical-ischaemia-column.js';
import { intermittentClaudicationColumn } from './intermittent-claudication-column.js';
import { ischaemiaColumn } from './ischaemia-column.js';

/** The conditions `<circ-comparison>` compares, one column each, in column order. */
export const comparisonColumnNames = [
  'ischaemia',
  'intermittent-claudication',
  'critical-ischaemia',
] as const;

/** One column of the comparison table. */
export type ComparisonColumnName = (typeof comparisonColumnNames)[number];

// Written for a reading age of about 9 to 11 from shared/content/clinical-facts.md, one
// column per condition so that each reads on its own (in a narrow container the table
// reflows and a reader may meet a column cell by cell). Every cell is whole sentences;
// medical words are explained where they first appear in a column. Where to get help
// (999, urgent GP or 111) is not left to one cell: the comparison always ends with the
// help block of get-help.ts.

/** The built-in columns, keyed by condition. */
export const comparisonColumns: Readonly<Record<ComparisonColumnName, ComparisonColumn>> = {
  ischaemia: ischaemiaColumn,
  'intermittent-claudication': intermittentClaudicationColumn,
  'critical-ischaemia': criticalIschaemiaColumn,
};
