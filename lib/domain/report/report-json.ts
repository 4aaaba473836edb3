// The object printed by `ogi report --format json` (INTERFACES §2). Other tools parse it, so keys are
// rebuilt in the documented order (categories.json order) rather than trusting the input's order.
import { COLUMN_CODES, REVIEW_COLUMNS, REVIEW_KINDS, ROW_CODES, type ColumnCode, type ReviewColumn, type ReviewKind, type RowCode } from '../categories';
import type { Check, TableFour, TableThree } from './types';

export type ReportJson = {
  year: number;
  applications: Record<RowCode, Record<ColumnCode, number>>;
  review: Record<ReviewKind, Record<ReviewColumn, number>>;
  checks: Check[];
};

export function reportJson(year: number, tableThree: TableThree, tableFour: TableFour, checks: readonly Check[]): ReportJson {
  const applications = {} as ReportJson['applications'];
  for (const row of ROW_CODES) {
    const cells = {} as Record<ColumnCode, number>;
    for (const col of COLUMN_CODES) cells[col] = tableThree[row][col];
    applications[row] = cells;
  }
  const review = {} as ReportJson['review'];
  for (const { code: kind } of REVIEW_KINDS) {
    const cells = {} as Record<ReviewColumn, number>;
    for (const { code } of REVIEW_COLUMNS) cells[code] = tableFour[kind][code];
    review[kind] = cells;
  }
  return {
    year,
    applications,
    review,
    checks: checks.map(({ name, ok, detail }) => ({ name, ok, detail })),
  };
}
