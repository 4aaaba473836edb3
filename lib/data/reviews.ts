import 'server-only';
import { and, eq, isNull, lte, or } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { cases, reviews } from '@/db/schema';
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from '@/lib/domain/errors';
import { canRecordReview } from '@/lib/domain/policy';
import type { Actor } from '@/lib/domain/roles';
import { reviewDateProblems, type ReviewDecision, type ReviewFields } from '@/lib/domain/validation/review';
import { creationChanges, diffFields, writeAudit } from './audit';
import { pageOfReviews, reviewById, selectReviews, type ReviewListRow, type ReviewPage } from './review-rows';
import { today } from './today';
import { guardReviewChange } from './annual-report/published-guard';
import type { ReviewRecord } from '@/lib/domain/report';

const reviewFacts = (r: { kind: string; filedOn: string; result: string | null; decidedOn: string | null }): ReviewRecord => ({ kind: r.kind as ReviewRecord['kind'], filedOn: r.filedOn, result: r.result as ReviewRecord['result'], decidedOn: r.decidedOn });

// 行政复议 / 行政诉讼 records for table 四 (RULES §5): registered from the reviews page or a case's
// page, decided later. Every change is audited as entity 'review' in the same transaction.

const FORBIDDEN = '您的角色不能登记或查看行政复议、行政诉讼记录。';
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function assertAllowed(actor: Actor): void {
  if (!canRecordReview(actor)) throw new ForbiddenError(FORBIDDEN);
}

export function listReviews(actor: Actor, page = 1): ReviewPage {
  assertAllowed(actor);
  return pageOfReviews(getDb(), undefined, page, 'filed_desc');
}

export function listCaseReviews(actor: Actor, caseId: number): ReviewListRow[] {
  assertAllowed(actor);
  return selectReviews(getDb(), eq(reviews.caseId, caseId), 'filed_asc');
}

export function getReview(actor: Actor, id: number): ReviewListRow {
  assertAllowed(actor);
  const row = reviewById(getDb(), id);
  if (!row) throw new NotFoundError('该复议诉讼记录不存在。');
  return row;
}

/** The linked case, found by id (case page) or by its number (reviews page). */
function linkedCase(tx: Pick<Db, 'select'>, link: { caseId?: number | null; caseNo?: string | null }): { id: number; caseNo: string; receivedOn: string } | null {
  if (link.caseId) {
    const c = tx.select({ id: cases.id, caseNo: cases.caseNo, receivedOn: cases.receivedOn }).from(cases).where(eq(cases.id, link.caseId)).get();
    if (!c) throw new NotFoundError('该申请不存在。');
    return c;
  }
  if (!link.caseNo) return null;
  const c = tx.select({ id: cases.id, caseNo: cases.caseNo, receivedOn: cases.receivedOn }).from(cases).where(eq(cases.caseNo, link.caseNo)).get();
  if (!c) {
    throw new ValidationError({ caseNo: [`系统中没有申请编号为“${link.caseNo}”的申请。请核对编号，或留空登记为不关联申请的记录。`] });
  }
  return c;
}

function assertDates(fields: Parameters<typeof reviewDateProblems>[0]): void {
  const problems = reviewDateProblems(fields);
  if (Object.keys(problems).length) throw new ValidationError(problems);
}

export type NewReview = Omit<ReviewFields, 'caseNo'> & { caseNo?: string | null; caseId?: number | null };

export function createReview(actor: Actor, input: NewReview, options: { confirmPublished?: boolean } = {}): { id: number } {
  assertAllowed(actor);
  const now = new Date().toISOString();
  return writeTransaction(getDb(), (tx: Tx) => {
    const c = linkedCase(tx, input);
    assertDates({ filedOn: input.filedOn, decidedOn: input.decidedOn, result: input.result, caseReceivedOn: c?.receivedOn ?? null, today: today() });
    const values = { caseId: c?.id ?? null, kind: input.kind, filedOn: input.filedOn, result: input.result, decidedOn: input.decidedOn, notes: input.notes };
    const published = guardReviewChange(tx, null, reviewFacts(values), options.confirmPublished ?? false);
    const row = tx.insert(reviews).values({ ...values, createdAt: now, updatedAt: now }).returning({ id: reviews.id }).get();
    const { caseId: _caseId, ...audited } = values;
    writeAudit(tx, actor, { entityType: 'review', entityId: row.id, action: 'review.create', changes: { ...creationChanges({ caseNo: c?.caseNo ?? null, ...audited }), ...published } });
    return row;
  });
}

/** Records (or corrects) the decision: date, result and notes; refused on a stale version. */
export function updateReview(actor: Actor, id: number, input: ReviewDecision, options: { confirmPublished?: boolean } = {}): void {
  assertAllowed(actor);
  writeTransaction(getDb(), (tx: Tx) => {
    const row = tx.select().from(reviews).where(eq(reviews.id, id)).get();
    if (!row) throw new NotFoundError('该复议诉讼记录不存在。');
    if (row.version !== input.version) {
      throw new StaleVersionError('保存失败：该记录已被他人修改。为避免覆盖他人的修改，您的内容未保存。请刷新页面查看最新内容后再修改。');
    }
    const c = row.caseId ? linkedCase(tx, { caseId: row.caseId }) : null;
    assertDates({ filedOn: row.filedOn, decidedOn: input.decidedOn, result: input.result, caseReceivedOn: c?.receivedOn ?? null, today: today() });
    const values = { result: input.result, decidedOn: input.decidedOn, notes: input.notes };
    const changes = diffFields(row, values);
    if (Object.keys(changes).length === 0) return;
    const published = guardReviewChange(tx, reviewFacts(row), reviewFacts({ ...row, ...values }), options.confirmPublished ?? false);
    const result = tx
      .update(reviews)
      .set({ ...values, version: row.version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(reviews.id, id), eq(reviews.version, row.version)))
      .run();
    if (result.changes !== 1) throw new StaleVersionError('保存失败：该记录刚被他人修改，您的内容未保存。请刷新页面后重试。');
    writeAudit(tx, actor, { entityType: 'review', entityId: id, action: 'review.update', changes: { ...changes, ...published } });
  });
}

export type ReviewAwaitingResult = { id: number; caseId: number | null; caseNo: string | null; kind: string; kindLabel: string; filedOn: string };

/**
 * Review records still without a decision that were filed before `filedBefore` (the caller's bound;
 * lib/domain/todo.ts decides when each is due): all of them, or those of one handler's cases.
 */
export function reviewsAwaitingResult(actor: Actor, filedBefore: string, handlerId?: number): ReviewAwaitingResult[] {
  assertAllowed(actor);
  return selectReviews(
    getDb(),
    and(or(isNull(reviews.result), isNull(reviews.decidedOn)), lte(reviews.filedOn, filedBefore), handlerId === undefined ? undefined : eq(cases.handlerId, handlerId)),
    'filed_asc',
  ).map((r) => ({ id: r.id, caseId: r.caseId, caseNo: r.caseNo, kindLabel: r.kindLabel, filedOn: r.filedOn, kind: r.kind }));
}
