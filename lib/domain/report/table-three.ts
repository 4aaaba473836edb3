// The reference computation of table 三: every cell is the number of cases its row predicate
// matches. It is deliberately the obvious algorithm (rows × cases) so that SQL or incremental
// versions elsewhere can be tested against it.
import { APPLICANT_TYPE_CODES, COLUMN_CODES, ROW_CODES, type ColumnCode, type RowCode } from '../categories';
import { matchesRow, rowPredicate } from './row-predicate';
import type { ReportCase, TableThree } from './types';

export function emptyTableThree(): TableThree {
  const table = {} as TableThree;
  for (const row of ROW_CODES) {
    const cells = {} as Record<ColumnCode, number>;
    for (const col of COLUMN_CODES) cells[col] = 0;
    table[row] = cells;
  }
  return table;
}

export function buildTableThree(cases: readonly ReportCase[], year: number): TableThree {
  const table = emptyTableThree();
  const predicates = ROW_CODES.map((row) => [row, rowPredicate(year, row)] as const);
  for (const c of cases) {
    for (const [row, predicate] of predicates) {
      if (!matchesRow(c, predicate)) continue;
      table[row][c.applicantType] += 1;
      table[row].total += 1;
    }
  }
  return table;
}

/** The sum of the six applicant-type columns of one row (what `total` must equal). */
export function sumOfTypes(table: TableThree, row: RowCode): number {
  return APPLICANT_TYPE_CODES.reduce((sum, col) => sum + table[row][col], 0);
}
