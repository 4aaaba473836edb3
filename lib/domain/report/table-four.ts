// Table 四 (RULES §5, a product Decision): year Y counts the records filed in Y; one not decided by
// Dec 31 of Y is 尚未审结 in Y's table even if it was decided before the report was written, so the
// table of a year never changes once the year is over. Columns are predicates like table 三's rows.
import { REVIEW_COLUMNS, REVIEW_KINDS, type ReviewColumn, type ReviewKind, type ReviewResult } from '../categories';
import type { IsoDate } from '../dates';
import type { ReviewRecord, TableFour } from './types';
import { firstDayOf, lastDayOf } from './year-bounds';

/**
 * A conjunction of conditions on a review record; dates are inclusive 'YYYY-MM-DD' bounds:
 * - kind:                  kind = the code
 * - filedFrom / filedTo:   filed_on >= / <= the date
 * - decidedTo:             decided_on IS NOT NULL AND decided_on <= the date
 * - pendingAt:             not decided at the end of that day:
 *                          decided_on IS NULL OR result IS NULL OR decided_on > pendingAt
 *                          (a decision date without a result is not a decision, so that
 *                          upheld + corrected + other + pending = total holds for any input)
 * - result:                result = the code
 */
export type ReviewPredicate = {
  kind: ReviewKind;
  filedFrom: IsoDate;
  filedTo: IsoDate;
  decidedTo?: IsoDate;
  pendingAt?: IsoDate;
  result?: ReviewResult;
};

export function reviewPredicate(year: number, kind: ReviewKind, column: ReviewColumn): ReviewPredicate {
  const base = { kind, filedFrom: firstDayOf(year), filedTo: lastDayOf(year) };
  if (column === 'total') return base;
  if (column === 'pending') return { ...base, pendingAt: lastDayOf(year) };
  return { ...base, decidedTo: lastDayOf(year), result: column };
}

export function matchesReview(r: ReviewRecord, p: ReviewPredicate): boolean {
  if (r.kind !== p.kind || r.filedOn < p.filedFrom || r.filedOn > p.filedTo) return false;
  if (p.decidedTo !== undefined && (r.decidedOn === null || r.decidedOn > p.decidedTo)) return false;
  if (p.pendingAt !== undefined && r.decidedOn !== null && r.result !== null && r.decidedOn <= p.pendingAt) return false;
  if (p.result !== undefined && r.result !== p.result) return false;
  return true;
}

export function emptyTableFour(): TableFour {
  const table = {} as TableFour;
  for (const { code: kind } of REVIEW_KINDS) {
    const cells = {} as Record<ReviewColumn, number>;
    for (const { code } of REVIEW_COLUMNS) cells[code] = 0;
    table[kind] = cells;
  }
  return table;
}

export function buildTableFour(records: readonly ReviewRecord[], year: number): TableFour {
  const table = emptyTableFour();
  for (const { code: kind } of REVIEW_KINDS) {
    for (const { code: column } of REVIEW_COLUMNS) {
      const p = reviewPredicate(year, kind, column);
      table[kind][column] = records.filter((r) => matchesReview(r, p)).length;
    }
  }
  return table;
}
