import 'server-only';
import { and, asc, eq, isNull, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db/client';
import { cases, letterDeliveries, letters, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canApproveLetter, canViewCases } from '@/lib/domain/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { letterType } from '@/lib/domain/letters/letter-types';
import { prepared } from '../prepared-queries';
import { LETTER_STATUS_LABELS, type LetterStatus } from '@/lib/domain/letters/workflow';

// Lists of letters: a case's letters, the supervisor's approvals queue, the letters waiting to be sent.

export type LetterListRow = {
  id: number;
  caseId: number;
  typeLabel: string;
  title: string;
  status: LetterStatus;
  statusLabel: string;
  docNo: string | null;
  issuedOn: string | null;
  deliveries: number;
  updatedAt: string;
  createdByName: string | null;
};

function assertViewer(actor: Actor): void {
  if (!canViewCases(actor)) throw new ForbiddenError();
}

const deliveryCount = sql<number>`(SELECT count(*) FROM ${letterDeliveries} WHERE ${letterDeliveries.letterId} = ${letters.id})`;

export function listCaseLetters(actor: Actor, caseId: number): LetterListRow[] {
  assertViewer(actor);
  const db = getDb();
  // On every case page: built once per connection.
  return prepared(db, 'letters.of-case', () =>
    db
      .select({ l: letters, createdByName: users.displayName, deliveries: deliveryCount })
      .from(letters)
      .leftJoin(users, eq(users.id, letters.createdBy))
      .where(and(eq(letters.caseId, sql.placeholder('caseId')), sql`${letters.status} <> 'discarded'`))
      .orderBy(asc(letters.id))
      .prepare(),
  )
    .all({ caseId })
    .map(({ l, createdByName, deliveries }) => ({
      id: l.id,
      caseId: l.caseId,
      typeLabel: letterType(l.typeKey)?.label ?? l.typeKey,
      title: l.title,
      status: l.status as LetterStatus,
      statusLabel: LETTER_STATUS_LABELS[l.status as LetterStatus] ?? l.status,
      docNo: l.docNo,
      issuedOn: l.issuedOn,
      deliveries,
      updatedAt: l.updatedAt,
      createdByName,
    }));
}

export type PendingApproval = { letterId: number; caseId: number; caseNo: string; applicantName: string; typeLabel: string; title: string; submittedByName: string | null; submittedAt: string | null };

/** The supervisor's queue: letters sent for approval, oldest first. */
export function pendingApprovals(actor: Actor): PendingApproval[] {
  if (!canApproveLetter(actor)) throw new ForbiddenError('只有负责人可以审批文书。');
  const submitter = alias(users, 'submitter');
  return getDb()
    .select({ l: letters, caseNo: cases.caseNo, applicantName: cases.applicantName, submittedByName: submitter.displayName })
    .from(letters)
    .innerJoin(cases, eq(cases.id, letters.caseId))
    .leftJoin(submitter, eq(submitter.id, letters.submittedBy))
    .where(eq(letters.status, 'submitted'))
    .orderBy(asc(letters.submittedAt), asc(letters.id))
    .all()
    .map((r) => ({
      letterId: r.l.id,
      caseId: r.l.caseId,
      caseNo: r.caseNo,
      applicantName: r.applicantName,
      typeLabel: letterType(r.l.typeKey)?.label ?? r.l.typeKey,
      title: r.l.title,
      submittedByName: r.submittedByName,
      submittedAt: r.l.submittedAt,
    }));
}

export type AwaitingDelivery = { letterId: number; caseId: number; caseNo: string; applicantName: string; docNo: string; title: string; issuedOn: string; handlerId: number | null; handlerName: string | null };

/**
 * Issued letters not yet sent (no delivery recorded), oldest first: a clerk's own cases; a
 * supervisor's team, or one handler's when `handlerId` is given. The to-do list reads this.
 */
export function lettersAwaitingDelivery(actor: Actor, options: { handlerId?: number } = {}): AwaitingDelivery[] {
  assertViewer(actor);
  const handlerId = actor.role === 'clerk' ? actor.id : options.handlerId;
  if (actor.role === 'clerk' && handlerId === null) return [];
  const handler = alias(users, 'handler');
  const waiting = and(
    eq(letters.status, 'issued'),
    notExists(getDb().select({ one: sql`1` }).from(letterDeliveries).where(eq(letterDeliveries.letterId, letters.id))),
    handlerId === undefined ? undefined : handlerId === null ? isNull(cases.handlerId) : eq(cases.handlerId, handlerId),
  );
  return getDb()
    .select({ l: letters, caseNo: cases.caseNo, applicantName: cases.applicantName, handlerId: cases.handlerId, handlerName: handler.displayName })
    .from(letters)
    .innerJoin(cases, eq(cases.id, letters.caseId))
    .leftJoin(handler, eq(handler.id, cases.handlerId))
    .where(waiting)
    .orderBy(asc(letters.issuedOn), asc(letters.id))
    .all()
    .map((r) => ({ letterId: r.l.id, caseId: r.l.caseId, caseNo: r.caseNo, applicantName: r.applicantName, docNo: r.l.docNo!, title: r.l.title, issuedOn: r.l.issuedOn!, handlerId: r.handlerId, handlerName: r.handlerName }));
}

export type AwaitingIssue = { letterId: number; caseId: number; caseNo: string; applicantName: string; title: string; approvedOn: string | null };

/** Letters a supervisor approved that their clerk has not issued yet: the clerk's own cases, or one handler's. */
export function lettersAwaitingIssue(actor: Actor, handlerId: number | null = actor.id): AwaitingIssue[] {
  assertViewer(actor);
  if (handlerId === null) return [];
  return getDb()
    .select({ l: letters, caseNo: cases.caseNo, applicantName: cases.applicantName })
    .from(letters)
    .innerJoin(cases, eq(cases.id, letters.caseId))
    .where(and(eq(letters.status, 'approved'), eq(cases.handlerId, handlerId)))
    .orderBy(asc(letters.id))
    .all()
    .map((r) => ({ letterId: r.l.id, caseId: r.l.caseId, caseNo: r.caseNo, applicantName: r.applicantName, title: r.l.title, approvedOn: r.l.approvedOn }));
}
