import 'server-only';
import { asc, desc, sql, type SQL } from 'drizzle-orm';
import { cases } from '@/db/schema';
import { CASE_SORTS, type CaseSort, type SortColumn } from '@/lib/domain/case-list/sorts';
import type { ListCursor } from '@/lib/domain/case-list/cursor';

// Each sort of the case list as SQL: the key it orders by (exactly the expression of its index in
// db/schema.ts, so SQLite walks the index instead of sorting), the case id after it, and the
// condition "after / before this row" that continues a list from a cursor (keyset pagination).

const KEYS: Record<SortColumn, SQL<string>> = {
  receivedOn: sql<string>`${cases.receivedOn}`,
  caseNo: sql<string>`${cases.caseNo}`,
  applicantName: sql<string>`${cases.applicantName}`,
  replyDueOn: sql<string>`(CASE WHEN ${cases.replyDueOn} IS NULL THEN '9999-12-31' ELSE ${cases.replyDueOn} END)`,
  repliedOn: sql<string>`(CASE WHEN ${cases.repliedOn} IS NULL THEN '' ELSE ${cases.repliedOn} END)`,
  updatedAt: sql<string>`${cases.updatedAt}`,
};

export function sortKey(sort: CaseSort): SQL<string> {
  return KEYS[CASE_SORTS[sort].column];
}

/** ORDER BY of the sort, or of its reverse (to read a list from its end). */
export function orderBy(sort: CaseSort, reversed = false): SQL[] {
  const ascending = (CASE_SORTS[sort].direction === 'asc') !== reversed;
  const key = sortKey(sort);
  return ascending ? [asc(key), asc(cases.id)] : [desc(key), desc(cases.id)];
}

/** The rows after the cursor in the sort's order (or, reversed, the rows before it). */
export function beyond(sort: CaseSort, cursor: Pick<ListCursor, 'key' | 'id'>, reversed = false): SQL {
  const ascending = (CASE_SORTS[sort].direction === 'asc') !== reversed;
  const row = sql`(${sortKey(sort)}, ${cases.id})`;
  const at = sql`(${cursor.key}, ${cursor.id})`;
  return ascending ? sql`${row} > ${at}` : sql`${row} < ${at}`;
}
