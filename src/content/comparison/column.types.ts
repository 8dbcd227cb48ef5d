// The shape of one comparison column's text.
import type { Statement } from '../statement.types.js';
import type { ComparisonRowName } from './rows.js';

/** The text of one column: its header and, per row, the statements in its cell. */
export interface ComparisonColumn {
  readonly title: () => string;
  readonly cells: Readonly<Record<ComparisonRowName, readonly Statement[]>>;
}
