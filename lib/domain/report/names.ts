// Names of rows and columns as used in check details: a label alone is not always unambiguous
// ('其他' is both a column and an outcome item), so these add the group where needed.
import { applicantTypeLabel, outcomeLabel, isOutcomeCode, reviewColumnLabel, reviewKindName, TABLE_THREE_ROWS, TOTAL_COLUMN, type ColumnCode, type RowCode } from '../categories';
import type { CellRef } from './table-layout';
import { TABLE_TWO_COLUMN_LABELS, TABLE_TWO_ROW_LABELS } from './table-two';

export function columnName(col: ColumnCode): string {
  if (col === 'total') return TOTAL_COLUMN.label;
  if (col === 'other_org') return '其他组织';
  return applicantTypeLabel(col);
}

export function rowName(row: RowCode): string {
  if (isOutcomeCode(row)) return outcomeLabel(row);
  return TABLE_THREE_ROWS.find((r) => r.code === row)?.label ?? row;
}

/** One number of a table named by its row and column, e.g. “(一)予以公开 × 自然人”. */
export function cellName(ref: CellRef): string {
  if (ref.table === 'two') return `${TABLE_TWO_ROW_LABELS[ref.row]} × ${TABLE_TWO_COLUMN_LABELS[ref.column]}`;
  return ref.table === 'three' ? `${rowName(ref.row)} × ${columnName(ref.column)}` : `${reviewKindName(ref.kind)} × ${reviewColumnLabel(ref.column)}`;
}
