import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb, type Db } from '@/db/client';
import { caseEvents, cases, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { POLICY } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { maskIdNumber } from '@/lib/domain/id-mask';
import { maskPersonalData } from '@/lib/domain/personal-data-mask';
import { prepared } from './prepared-queries';

export type CaseEventView = { id: number; kind: string; occurredOn: string; data: Record<string, unknown>; createdAt: string; createdByName: string | null };

export function getCaseDetail(actor: Actor, id: number) {
  if (!POLICY.canViewCases(actor)) throw new ForbiddenError();
  const db = getDb();
  const row = prepared(db, 'case-detail.case', () => buildCaseQuery(db)).get({ id });
  if (!row) throw new NotFoundError('该申请不存在。');
  const events: CaseEventView[] = prepared(db, 'case-detail.events', () => buildEventsQuery(db)).all({ id });
  const related = row.c.relatedCaseId
    ? db.select({ id: cases.id, caseNo: cases.caseNo }).from(cases).where(eq(cases.id, row.c.relatedCaseId)).get() ?? null
    : null;
  const ref = { handlerId: row.c.handlerId, closed: row.c.repliedOn !== null };
  // 个人信息保护: only those who work on the case get the contact data in full; for anyone else it
  // never leaves this function unmasked (revealPersonalData gives it, audited).
  const seePersonalData = POLICY.canSeePersonalData(actor, ref);
  const personal = { idNumber: row.c.idNumber, phone: row.c.phone, email: row.c.email, address: row.c.address };
  return {
    ...row.c,
    ...(seePersonalData ? personal : maskPersonalData(personal)),
    idNumberMasked: maskIdNumber(row.c.idNumber),
    handlerName: row.handlerName,
    createdByName: row.createdByName,
    closed: row.c.repliedOn !== null,
    related,
    events,
    can: {
      edit: POLICY.canEditCase(actor, ref),
      close: POLICY.canCloseCase(actor, ref),
      reopen: POLICY.canReopenCase(actor, ref),
      assign: POLICY.canAssignHandler(actor),
      recordClock: POLICY.canRecordClockEvent(actor, ref),
      requestExtension: POLICY.canRequestExtension(actor, ref),
      approveExtension: POLICY.canApproveExtension(actor, ref),
      setLaterDate: POLICY.canSetLaterReplyDate(actor, ref),
      viewHistory: POLICY.canViewCaseHistory(actor),
      seePersonalData,
      recordReview: POLICY.canRecordReview(actor),
    },
  };
}
export type CaseDetail = ReturnType<typeof getCaseDetail>;

// The case page's two queries, built once per connection (prepared-queries.ts).
function buildCaseQuery(db: Db) {
  const handler = alias(users, 'handler');
  const creator = alias(users, 'creator');
  return db
    .select({ c: cases, handlerName: handler.displayName, createdByName: creator.displayName })
    .from(cases)
    .leftJoin(handler, eq(handler.id, cases.handlerId))
    .leftJoin(creator, eq(creator.id, cases.createdBy))
    .where(eq(cases.id, sql.placeholder('id')))
    .prepare();
}

function buildEventsQuery(db: Db) {
  return db
    .select({
      id: caseEvents.id,
      kind: caseEvents.kind,
      occurredOn: caseEvents.occurredOn,
      data: caseEvents.data,
      createdAt: caseEvents.createdAt,
      createdByName: users.displayName,
    })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.createdBy))
    .where(eq(caseEvents.caseId, sql.placeholder('id')))
    .orderBy(asc(caseEvents.id))
    .prepare();
}
