import 'server-only';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { caseEvents, cases, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canViewReviewPage } from '@/lib/domain/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { listCases } from './case-list';
import { clockStatusSql, countIf, OPEN_CASES, statusDayToday, statusFilterSql } from './clock-status-sql';
import { today } from './today';
import { getCaseClock } from './case-clock-view';
import { whileUnchanged } from './while-unchanged';
import { repliedInYearSql } from './case-list-years';

export type PendingExtension = {
  caseId: number;
  caseNo: string;
  applicantName: string;
  version: number;
  receivedOn: string;
  replyDueOn: string | null;
  days: number;
  reason: string;
  requestedBy: string;
  requestedOn: string;
};

/** Each list on the review page shows its most urgent cases; 查看全部 opens the whole list. */
export const REVIEW_ROWS = 10;

/** `active` is false for a handler who has left (deactivated) yet still has open cases; true for 未指定. */
export type Workload = { handlerId: number | null; handlerName: string; active: boolean; open: number; overdue: number; dueSoon: number };

/** Extension requests no supervisor has decided yet, on open cases, oldest first. */
export function listPendingExtensions(actor: Actor): PendingExtension[] {
  if (!canViewReviewPage(actor)) throw new ForbiddenError('只有负责人可以审批延期。');
  const db = getDb();
  return whileUnchanged(db, 'pendingExtensions', () => readPendingExtensions(db));
}

function readPendingExtensions(db: Db): PendingExtension[] {
  return db
    .select({ c: cases, data: caseEvents.data })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(
      and(
        eq(caseEvents.kind, 'extension_requested'),
        isNull(cases.repliedOn),
        sql`NOT EXISTS (SELECT 1 FROM case_events decided WHERE decided.case_id = ${caseEvents.caseId} AND decided.kind = 'extension_decided' AND decided.id > ${caseEvents.id})`,
      ),
    )
    .orderBy(caseEvents.id)
    .all()
    .map(({ c, data }) => ({
      caseId: c.id,
      caseNo: c.caseNo,
      applicantName: c.applicantName,
      version: c.version,
      receivedOn: c.receivedOn,
      replyDueOn: c.replyDueOn,
      days: Number(data.days),
      reason: String(data.reason ?? ''),
      requestedBy: String(data.requestedBy ?? ''),
      requestedOn: String(data.requestedOn ?? ''),
    }));
}

/** The supervisor's review page: what is late or about to be, what waits for a decision, who carries what. */
export function getReviewBoard(actor: Actor) {
  if (!canViewReviewPage(actor)) throw new ForbiddenError('只有负责人可以查看期限监督。');
  const day = today();
  const db = getDb();
  // The same for every supervisor (none of the lists depends on who asks), and read anew after any write.
  const lists = whileUnchanged(db, `reviewLists|${day}`, () => ({
    overdue: listCases(actor, { status: 'overdue', sort: 'due_asc', pageSize: REVIEW_ROWS }),
    dueSoon: listCases(actor, { status: 'due_soon', sort: 'due_asc', pageSize: REVIEW_ROWS }),
    paused: listCases(actor, { status: 'paused', sort: 'due_asc', pageSize: REVIEW_ROWS }),
    awaitingCorrection: listCases(actor, { status: 'awaiting_correction', sort: 'received_asc', pageSize: REVIEW_ROWS }),
  }));
  const pendingExtensions = listPendingExtensions(actor);

  const year = Number(day.slice(0, 4));
  return { today: day, year, lists, pendingExtensions, workload: teamWorkload(actor), onTime: onTimeRate(actor, year) };
}

/** Open cases per handler, with how many are overdue and due soon, the busiest first. */
export function teamWorkload(actor: Actor): Workload[] {
  if (!canViewReviewPage(actor)) throw new ForbiddenError('只有负责人可以查看期限监督。');
  const db = getDb();
  return whileUnchanged(db, `workload|${today()}`, () => readWorkload(db));
}

function readWorkload(db: Db): Workload[] {
  const status = statusDayToday(db);
  // Counted in the index of the open cases alone (no join, so it can be named), then named.
  const counts = db.all<{ handlerId: number | null; open: number; overdue: number | null; dueSoon: number | null }>(
    sql`SELECT ${cases.handlerId} AS handlerId, count(*) AS open, ${countIf(clockStatusSql('overdue', status))} AS overdue, ${countIf(clockStatusSql('due_soon', status))} AS dueSoon
        FROM ${OPEN_CASES} WHERE ${statusFilterSql('open', status)} GROUP BY ${cases.handlerId} ORDER BY count(*) DESC`,
  );
  const staff = new Map(db.select({ id: users.id, displayName: users.displayName, active: users.active }).from(users).all().map((u) => [u.id, u]));
  return counts.map((w) => {
    const handler = w.handlerId === null ? undefined : staff.get(w.handlerId);
    return { ...w, handlerName: handler?.displayName ?? '未指定', active: handler?.active ?? true, overdue: Number(w.overdue), dueSoon: Number(w.dueSoon) };
  });
}

export type OnTimeRate = { closed: number; onTime: number; rate: number | null };

/** Of the cases replied in `year`, how many on time (by the badge's own predicate). */
export function onTimeRate(actor: Actor, year: number): OnTimeRate {
  if (!canViewReviewPage(actor)) throw new ForbiddenError('只有负责人可以查看期限监督。');
  const db = getDb();
  return whileUnchanged(db, `onTime|${year}|${today()}`, () => readOnTimeRate(db, year));
}

function readOnTimeRate(db: Db, year: number): OnTimeRate {
  const status = statusDayToday(db);
  // The same predicates as the list at /cases?status=closed&replied=year, which the figures link to.
  const closedInYear = and(statusFilterSql('closed', status), repliedInYearSql(year));
  const rate = db
    .select({ closed: count(), onTime: countIf(clockStatusSql('closed_on_time', status)) })
    .from(cases)
    .where(closedInYear)
    .get();
  const closed = rate?.closed ?? 0;
  const onTime = Number(rate?.onTime ?? 0);
  return { closed, onTime, rate: closed ? onTime / closed : null };
}


export type DecidedExtension = { caseId: number; caseNo: string; approved: boolean; days: number | null; replyDueOn: string | null; decidedOn: string | null };

/**
 * What became of a case's extension request, for the confirmation after a supervisor decided it on
 * the review or home page (?decided=id): read from the case, so the page states only what is recorded.
 */
export function decidedExtension(actor: Actor, caseId: number): DecidedExtension | null {
  if (!canViewReviewPage(actor)) throw new ForbiddenError('只有负责人可以查看期限监督。');
  const row = getDb().select({ caseNo: cases.caseNo }).from(cases).where(eq(cases.id, caseId)).get();
  if (!row) return null;
  const { clock } = getCaseClock(actor, caseId);
  const x = clock.extension;
  if (x.state !== 'approved' && x.state !== 'rejected') return null;
  return { caseId, caseNo: row.caseNo, approved: x.state === 'approved', days: x.days, replyDueOn: clock.replyDueOn, decidedOn: x.decidedOn };
}
