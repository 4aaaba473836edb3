import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { cases, reportVersionCases, reportVersionReviews, reportVersions, reviews } from '@/db/schema';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { canDraftAnnualReport } from '@/lib/domain/policy';
import { cellName, firstDayOf, lastDayOf, type CellRef, type ReportCase, type ReviewRecord } from '@/lib/domain/report';
import { caseCellKeys, cellKey, cellMovements, cellOfKey, reviewCellKeys, type ReportContent } from '@/lib/domain/report/annual';
import { COLUMN_CODES, REVIEW_COLUMNS, REVIEW_KIND_CODES, ROW_CODES } from '@/lib/domain/categories';
import type { Actor } from '@/lib/domain/roles';
import { liveTables } from './facts';
import { WORKSPACE_FORBIDDEN } from './workspace';

// "Current data" after publishing (REPORT.md §5): cell by cell where the register now differs from
// the latest published version, and which cases or review records entered or left each changed
// cell, found by comparing the records stored with the version with those of the register now
// under the tables' own predicates.

export type MovedRecord = { id: number; label: string; href: string | null };
export type CellDifference = { ref: CellRef; key: string; name: string; published: number; now: number; entered: MovedRecord[]; left: MovedRecord[] };
export type CurrentDiff = { year: number; version: number; publishedOn: string; cells: CellDifference[] };

type CaseFacts = ReportCase & { id: number };

function liveCases(db: Db, versionId: number, year: number): Map<number, CaseFacts> {
  const relevant = sql`(${cases.receivedOn} <= ${lastDayOf(year)} AND (${cases.repliedOn} IS NULL OR ${cases.repliedOn} >= ${firstDayOf(year)}))`;
  const stored = sql`${cases.id} IN (SELECT case_id FROM report_version_cases WHERE version_id = ${versionId})`;
  const rows = db
    .select({ id: cases.id, caseNo: cases.caseNo, receivedOn: cases.receivedOn, repliedOn: cases.repliedOn, applicantType: cases.applicantType, outcome: cases.outcome })
    .from(cases)
    .where(sql`${relevant} OR ${stored}`)
    .all();
  return new Map(rows.map((r) => [r.id, r as CaseFacts]));
}

function storedCases(db: Db, versionId: number): Map<number, CaseFacts> {
  const rows = db
    .select({ id: reportVersionCases.caseId, caseNo: reportVersionCases.caseNo, receivedOn: reportVersionCases.receivedOn, repliedOn: reportVersionCases.repliedOn, applicantType: reportVersionCases.applicantType, outcome: reportVersionCases.outcome })
    .from(reportVersionCases)
    .where(eq(reportVersionCases.versionId, versionId))
    .all();
  return new Map(rows.map((r) => [r.id, r as CaseFacts]));
}

function reviewMaps(db: Db, versionId: number, year: number): { before: Map<number, ReviewRecord>; now: Map<number, ReviewRecord> } {
  const columns = { kind: reviews.kind, filedOn: reviews.filedOn, result: reviews.result, decidedOn: reviews.decidedOn };
  const stored = db.select({ id: reportVersionReviews.reviewId, kind: reportVersionReviews.kind, filedOn: reportVersionReviews.filedOn, result: reportVersionReviews.result, decidedOn: reportVersionReviews.decidedOn }).from(reportVersionReviews).where(eq(reportVersionReviews.versionId, versionId)).all();
  const storedIds = stored.map((r) => r.id);
  const now = db
    .select({ id: reviews.id, ...columns })
    .from(reviews)
    .where(sql`(${reviews.filedOn} BETWEEN ${firstDayOf(year)} AND ${lastDayOf(year)})${storedIds.length ? sql` OR ${inArray(reviews.id, storedIds)}` : sql``}`)
    .all();
  const map = (rows: ({ id: number } & Record<string, unknown>)[]) => new Map(rows.map((r) => [r.id, r as unknown as ReviewRecord]));
  return { before: map(stored), now: map(now) };
}

export function currentDataDiff(actor: Actor, year: number): CurrentDiff {
  if (!canDraftAnnualReport(actor)) throw new ForbiddenError(WORKSPACE_FORBIDDEN);
  const db = getDb();
  // One read-only snapshot: the tables and the records from the same state of the register.
  return db.$client.transaction(() => {
    const version = db.select().from(reportVersions).where(eq(reportVersions.year, year)).orderBy(sql`${reportVersions.number} DESC`).limit(1).get();
    if (!version) throw new NotFoundError(`${year}年度报告尚未发布，没有可对比的已发布版本。`);
    const published = version.content as unknown as ReportContent;
    const live = liveTables(db, year);
    const counts = new Map<string, { published: number; now: number }>();
    for (const row of ROW_CODES) for (const column of COLUMN_CODES) counts.set(cellKey({ table: 'three', row, column }), { published: published.tableThree[row][column], now: live.tableThree[row][column] });
    for (const kind of REVIEW_KIND_CODES) for (const { code } of REVIEW_COLUMNS) counts.set(cellKey({ table: 'four', kind, column: code }), { published: published.tableFour[kind][code], now: live.tableFour[kind][code] });

    const before = storedCases(db, version.id);
    const now = liveCases(db, version.id, year);
    const caseMoves = cellMovements(year, before, now, caseCellKeys);
    const { before: rBefore, now: rNow } = reviewMaps(db, version.id, year);
    const reviewMoves = cellMovements(year, rBefore, rNow, reviewCellKeys);
    const label = (id: number) => now.get(id)?.caseNo ?? before.get(id)?.caseNo ?? `#${id}`;
    const moved = new Map([...caseMoves.map((m) => [m.key, { entered: m.entered.map((id) => ({ id, label: label(id), href: now.has(id) ? `/cases/${id}` : null })), left: m.left.map((id) => ({ id, label: label(id), href: now.has(id) ? `/cases/${id}` : null })) }] as const), ...reviewMoves.map((m) => [m.key, { entered: m.entered.map((id) => ({ id, label: `复议诉讼记录 #${id}`, href: `/reviews/${id}` })), left: m.left.map((id) => ({ id, label: `复议诉讼记录 #${id}`, href: `/reviews/${id}` })) }] as const)]);
    const cells: CellDifference[] = [];
    for (const [key, n] of counts) {
      const m = moved.get(key);
      if (n.published === n.now && !m) continue;
      const ref = cellOfKey(key);
      cells.push({ ref, key, name: cellName(ref), published: n.published, now: n.now, entered: m?.entered ?? [], left: m?.left ?? [] });
    }
    return { year, version: version.number, publishedOn: version.publishedOn, cells };
  })();
}
