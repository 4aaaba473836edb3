// Names of rows and columns as used in check details: a label alone is not always unambiguous
// ('其他' is both a column and an outcome item), so these add the group where needed.
import { applicantTypeLabel, outcomeLabel, isOutcomeCode, TABLE_THREE_ROWS, type ColumnCode, type RowCode } from '../categories';

export function columnName(col: ColumnCode): string {
  if (col === 'total') return '总计';
  if (col === 'other_org') return '其他组织';
  return applicantTypeLabel(col);
}

export function rowName(row: RowCode): string {
  if (isOutcomeCode(row)) return outcomeLabel(row);
  return TABLE_THREE_ROWS.find((r) => r.code === row)?.label ?? row;
}
