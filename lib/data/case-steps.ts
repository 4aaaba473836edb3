import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { prepared, preparedStatement } from './prepared-queries';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { caseEvents, cases } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canApproveExtension, canRecordClockEvent, canRequestExtension, canSetLaterReplyDate, type CaseRef } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from '@/lib/domain/errors';
import { CLOCK_EVENT_LABELS, validateClockEvent, type ClockEvent, type ClockEventKind } from '@/lib/domain/clock';
import { EVENT_DATE_FIELDS } from '@/lib/domain/clock';
import type { WorkCalendar } from '@/lib/domain/calendar/work-calendar';
import { writeAudit, type Changes } from './audit';
import { clockEventsOf, refreshClock } from './case-clock';
import { loadWorkCalendar } from './work-calendar';
import { today } from './today';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function mayRecord(actor: Actor, kind: ClockEventKind, ref: CaseRef): boolean {
  if (kind === 'extension_decided') return canApproveExtension(actor, ref);
  if (kind === 'extension_requested') return canRequestExtension(actor, ref);
  if (kind === 'art35_set') return canSetLaterReplyDate(actor, ref);
  return canRecordClockEvent(actor, ref);
}

const REFUSALS: Partial<Record<ClockEventKind, string>> = {
  extension_decided: '只有负责人可以审批延期。',
  extension_requested: '您不是该申请的承办人，不能申请延期。',
  art35_set: '只有负责人可以确定延迟答复日期。',
};

/**
 * Records one step of the statutory clock (补正, 征求意见, 收费, 延期, 第三十五条) on a case: checks the
 * role, the case's version and the rules of RULES §3, then stores the event, recomputes the clock
 * and writes the audit record, all in one transaction.
 */
export function recordClockEvent(actor: Actor, caseId: number, version: number, event: ClockEvent): { replyDueOn: string | null } {
  const db = getDb();
  return writeTransaction(db, (tx) => {
    const row = tx.select().from(cases).where(eq(cases.id, caseId)).get();
    if (!row) throw new NotFoundError('该申请不存在。');
    const ref = { handlerId: row.handlerId, closed: row.repliedOn !== null };
    if (!mayRecord(actor, event.kind, ref)) {
      throw new ForbiddenError(row.repliedOn ? '该申请已办结，不能再登记办理步骤。' : REFUSALS[event.kind] ?? '您不是该申请的承办人，不能登记办理步骤。');
    }
    if (row.version !== version) throw new StaleVersionError('该申请已被他人修改，您登记的步骤未保存。请刷新页面后重新填写。');
    const day = today();
    const calendar = loadWorkCalendar(tx);
    const errors = validateClockEvent(event, { receivedOn: row.receivedOn, events: clockEventsOf(tx, caseId), repliedOn: row.repliedOn, today: day }, calendar);
    if (Object.keys(errors).length) {
      const { approved, ...rest } = errors;
      throw new ValidationError(approved ? { ...rest, decision: approved } : rest);
    }
    const updated = tx
      .update(cases)
      .set({ version: row.version + 1, updatedAt: new Date().toISOString(), updatedBy: actor.id })
      .where(and(eq(cases.id, caseId), eq(cases.version, row.version)))
      .run();
    if (updated.changes !== 1) throw new StaleVersionError('该申请刚被他人修改，您登记的步骤未保存。请刷新页面后重试。');
    return storeClockEvent(tx, actor, caseId, event, { day, calendar });
  });
}

type NewCaseEvent = { caseId: number; kind: string; occurredOn: string; data: Record<string, unknown>; createdAt: string; createdBy: number | null };

/** Appends one event to a case's timeline (the statement prepared once per connection). */
export function insertCaseEvent(tx: Pick<Db, 'insert'>, event: NewCaseEvent): void {
  const insert = preparedStatement(tx, 'case-steps.insertEvent', () =>
    tx
      .insert(caseEvents)
      .values({
        caseId: sql.placeholder('caseId'),
        kind: sql.placeholder('kind'),
        occurredOn: sql.placeholder('occurredOn'),
        data: sql.placeholder('data'),
        createdAt: sql.placeholder('createdAt'),
        createdBy: sql.placeholder('createdBy'),
      }),
  );
  insert.run(event);
}

/**
 * Stores one checked step inside the caller's transaction: the event, the recomputed clock and the
 * audit record (the step, and how the deadline and the state moved). The case page and the
 * register import both record steps through it, so a step reads the same whichever way it came.
 */
export function storeClockEvent(tx: Tx, actor: Actor, caseId: number, event: ClockEvent, { day, calendar }: { day: string; calendar: WorkCalendar }): { replyDueOn: string | null } {
  const clockOfCase = prepared(tx, 'case-steps.clock', () =>
    tx.select({ replyDueOn: cases.replyDueOn, clockState: cases.clockState }).from(cases).where(eq(cases.id, sql.placeholder('caseId'))).prepare(),
  );
  const before = clockOfCase.get({ caseId })!;
  const { kind, ...data } = event;
  // An Art. 35 event carries a future deadline; it happened on the day it was decided.
  const occurredOn = kind === 'art35_set' ? day : (data as Record<string, string>)[EVENT_DATE_FIELDS[kind][0]];
  insertCaseEvent(tx, { caseId, kind, occurredOn, data, createdAt: new Date().toISOString(), createdBy: actor.id });
  refreshClock(tx, caseId, calendar);
  const after = clockOfCase.get({ caseId })!;
  const changes: Changes = { [kind]: { from: null, to: data } };
  if (after.replyDueOn !== before.replyDueOn) changes.replyDueOn = { from: before.replyDueOn, to: after.replyDueOn };
  if (after.clockState !== before.clockState) changes.clockState = { from: before.clockState, to: after.clockState };
  writeAudit(tx, actor, { entityType: 'case', entityId: caseId, action: 'case.event', changes, note: CLOCK_EVENT_LABELS[kind] });
  return { replyDueOn: after.replyDueOn };
}
