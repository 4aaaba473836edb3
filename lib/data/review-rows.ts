import 'server-only';
import { asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cases, reviews } from '@/db/schema';
import { reviewKindName, reviewResultLabel } from '@/lib/domain/categories';
import { PAGE_SIZE } from './case-list';

// Reading review records for lists (the reviews page, a case's panel, a table 四 drill-down).
// Callers check the policy; these helpers only shape rows.

export type ReviewListRow = {
  id: number;
  caseId: number | null;
  caseNo: string | null;
  caseReceivedOn: string | null;
  kind: string;
  kindLabel: string;
  filedOn: string;
  result: string | null;
  resultLabel: string | null;
  decidedOn: string | null;
  notes: string | null;
  version: number;
  decided: boolean;
};

export type ReviewPage = { rows: ReviewListRow[]; total: number; page: number; pageCount: number };

const columns = {
  id: reviews.id,
  caseId: reviews.caseId,
  caseNo: cases.caseNo,
  caseReceivedOn: cases.receivedOn,
  kind: reviews.kind,
  filedOn: reviews.filedOn,
  result: reviews.result,
  decidedOn: reviews.decidedOn,
  notes: reviews.notes,
  version: reviews.version,
};

type Raw = {
  id: number;
  caseId: number | null;
  caseNo: string | null;
  caseReceivedOn: string | null;
  kind: string;
  filedOn: string;
  result: string | null;
  decidedOn: string | null;
  notes: string | null;
  version: number;
};

function shape(r: Raw): ReviewListRow {
  return {
    ...r,
    kindLabel: reviewKindName(r.kind),
    resultLabel: r.result === null ? null : reviewResultLabel(r.result),
    // As table 四 counts it: decided only with both a decision date and a result.
    decided: r.decidedOn !== null && r.result !== null,
  };
}

type Order = 'filed_asc' | 'filed_desc';
const orderBy = (order: Order) => (order === 'filed_asc' ? [asc(reviews.filedOn), asc(reviews.id)] : [desc(reviews.filedOn), desc(reviews.id)]);

export function selectReviews(db: Pick<Db, 'select'>, where: SQL | undefined, order: Order = 'filed_desc'): ReviewListRow[] {
  return db
    .select(columns)
    .from(reviews)
    .leftJoin(cases, eq(cases.id, reviews.caseId))
    .where(where)
    .orderBy(...orderBy(order))
    .all()
    .map(shape);
}

export function pageOfReviews(db: Pick<Db, 'select'>, where: SQL | undefined, page: number, order: Order): ReviewPage {
  const total = db.select({ n: count() }).from(reviews).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(Number.isFinite(page) ? page : 1)), pageCount);
  const rows = db
    .select(columns)
    .from(reviews)
    .leftJoin(cases, eq(cases.id, reviews.caseId))
    .where(where)
    .orderBy(...orderBy(order))
    .limit(PAGE_SIZE)
    .offset((current - 1) * PAGE_SIZE)
    .all()
    .map(shape);
  return { rows, total, page: current, pageCount };
}

export function reviewById(db: Pick<Db, 'select'>, id: number): ReviewListRow | null {
  return selectReviews(db, eq(reviews.id, id)).at(0) ?? null;
}
