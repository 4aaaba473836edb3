// Which published numbers a change to a case or a review record moves. A record counts in a set of
// cells of each year's tables (the same predicates as the tables and their drill-down lists); a
// change moves the record out of the cells it no longer matches and into those it now matches.
// The data layer calls this before saving to warn, and compares a published version's stored
// records with the register now to show which records entered or left each cell.
import { APPLICANT_TYPE_CODES, REVIEW_COLUMNS, REVIEW_KIND_CODES, ROW_CODES, type ColumnCode, type ReviewColumn, type ReviewKind, type RowCode } from '../../categories';
import { matchesRow, rowPredicate } from '../row-predicate';
import { matchesReview, reviewPredicate } from '../table-four';
import type { CellRef } from '../table-layout';
import type { ReportCase, ReviewRecord } from '../types';

export function cellKey(ref: CellRef): string {
  if (ref.table === 'two') return `two|${ref.row}|${ref.column}`;
  return ref.table === 'three' ? `three|${ref.row}|${ref.column}` : `four|${ref.kind}|${ref.column}`;
}

export function cellOfKey(key: string): CellRef {
  const [table, a, b] = key.split('|');
  if (table === 'three') return { table, row: a as RowCode, column: b as ColumnCode };
  if (table === 'four') return { table, kind: a as ReviewKind, column: b as ReviewColumn };
  throw new RangeError(`not a cell of tables 三 or 四: ${key}`);
}

/** The cells of table 三 of `year` that count the case: its type's column and 总计 of each row it matches. */
export function caseCellKeys(year: number, c: ReportCase): string[] {
  if (!(APPLICANT_TYPE_CODES as string[]).includes(c.applicantType)) return [];
  return ROW_CODES.filter((row) => matchesRow(c, rowPredicate(year, row))).flatMap((row) => [`three|${row}|${c.applicantType}`, `three|${row}|total`]);
}

export function reviewCellKeys(year: number, r: ReviewRecord): string[] {
  if (!(REVIEW_KIND_CODES as string[]).includes(r.kind)) return [];
  return REVIEW_COLUMNS.filter(({ code }) => matchesReview(r, reviewPredicate(year, r.kind, code))).map(({ code }) => `four|${r.kind}|${code}`);
}

export type PublishedChange = { year: number; cells: CellRef[] };

function symmetricDifference(a: string[], b: string[]): string[] {
  const sa = new Set(a);
  const sb = new Set(b);
  return [...a.filter((k) => !sb.has(k)), ...b.filter((k) => !sa.has(k))];
}

function changes<T>(years: readonly number[], before: T | null, after: T | null, keysOf: (year: number, x: T) => string[]): PublishedChange[] {
  return [...years]
    .sort((x, y) => x - y)
    .map((year) => ({ year, keys: symmetricDifference(before ? keysOf(year, before) : [], after ? keysOf(year, after) : []) }))
    .filter((c) => c.keys.length > 0)
    .map(({ year, keys }) => ({ year, cells: keys.map(cellOfKey) }));
}

/** The published years whose table 三 a change of a case (null: not there before / no longer there) moves. */
export function casePublishedChanges(years: readonly number[], before: ReportCase | null, after: ReportCase | null): PublishedChange[] {
  return changes(years, before, after, caseCellKeys);
}

export function reviewPublishedChanges(years: readonly number[], before: ReviewRecord | null, after: ReviewRecord | null): PublishedChange[] {
  return changes(years, before, after, reviewCellKeys);
}

export type CellMovement = { key: string; entered: number[]; left: number[] };

/**
 * Records that entered or left each cell between the published records and those now, by id.
 * Cells nobody entered or left are not listed.
 */
export function cellMovements<T>(year: number, published: ReadonlyMap<number, T>, now: ReadonlyMap<number, T>, keysOf: (year: number, x: T) => string[]): CellMovement[] {
  const moves = new Map<string, CellMovement>();
  const at = (key: string) => moves.get(key) ?? moves.set(key, { key, entered: [], left: [] }).get(key)!;
  const ids = new Set([...published.keys(), ...now.keys()]);
  for (const id of ids) {
    const before = published.get(id);
    const after = now.get(id);
    const was = new Set(before ? keysOf(year, before) : []);
    const is = new Set(after ? keysOf(year, after) : []);
    for (const k of is) if (!was.has(k)) at(k).entered.push(id);
    for (const k of was) if (!is.has(k)) at(k).left.push(id);
  }
  return [...moves.values()];
}
