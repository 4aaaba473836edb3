import 'server-only';
import { and, asc, count, desc, eq, gte, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db/client';
import { cases, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canViewCases } from '@/lib/domain/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { maskIdNumber } from '@/lib/domain/id-mask';
import { applicantTypeLabel, isApplicantType, isOutcomeCode, outcomeLabel } from '@/lib/domain/categories';
import { isStatusFilter, statusFromStored, type ListStatus, type StatusDay } from '@/lib/domain/clock';
import { loadWorkCalendar } from './work-calendar';
import { refreshOpenClocks } from './case-clock';
import { statusDayToday, statusFilterSql } from './clock-status-sql';

export const PAGE_SIZE = 50;

export type CaseListFilters = {
  q?: string;
  status?: string; // a StatusFilter (lib/domain/clock/status-filters.ts)
  applicantType?: string;
  year?: number;
  handler?: string; // a user id, 'me' or 'none'
  outcome?: string;
  sort?: string;
  page?: number;
  extra?: SQL; // a condition composed by another data function (report drill-down, clock status)
};

export type CaseListRow = {
  id: number;
  caseNo: string;
  receivedOn: string;
  applicantName: string;
  applicantType: string;
  applicantTypeLabel: string;
  idNumberMasked: string;
  contentExcerpt: string;
  handlerName: string | null;
  closed: boolean;
  outcome: string | null;
  outcomeLabel: string | null;
  repliedOn: string | null;
  replyDueOn: string | null;
  dueProvisional: boolean;
  clockState: string;
  clock: ListStatus;
};

export const SORTS: Record<string, { label: string; order: SQL[] }> = {
  received_asc: { label: '收到日期（早→晚）', order: [asc(cases.receivedOn), asc(cases.id)] },
  received_desc: { label: '收到日期（晚→早）', order: [desc(cases.receivedOn), desc(cases.id)] },
  due_asc: { label: '答复期限（近→远）', order: [sql`${cases.replyDueOn} IS NULL`, asc(cases.replyDueOn), asc(cases.id)] },
  case_no: { label: '申请编号', order: [asc(cases.caseNo)] },
  replied_desc: { label: '答复日期（晚→早）', order: [sql`${cases.repliedOn} IS NULL`, desc(cases.repliedOn), desc(cases.id)] },
  updated_desc: { label: '最近修改', order: [desc(cases.updatedAt), desc(cases.id)] },
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function conditions(actor: Actor, f: CaseListFilters, day: StatusDay): SQL[] {
  const where: SQL[] = [];
  const q = f.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    where.push(
      or(
        sql`${cases.caseNo} LIKE ${pattern} ESCAPE '\\'`,
        sql`${cases.applicantName} LIKE ${pattern} ESCAPE '\\'`,
        sql`${cases.content} LIKE ${pattern} ESCAPE '\\'`,
      )!,
    );
  }
  if (isStatusFilter(f.status)) where.push(statusFilterSql(f.status, day));
  if (f.applicantType && isApplicantType(f.applicantType)) where.push(eq(cases.applicantType, f.applicantType));
  if (f.outcome && isOutcomeCode(f.outcome)) where.push(eq(cases.outcome, f.outcome));
  if (f.year && Number.isInteger(f.year)) {
    where.push(gte(cases.receivedOn, `${f.year}-01-01`), lt(cases.receivedOn, `${f.year + 1}-01-01`));
  }
  if (f.handler === 'me' && actor.id !== null) where.push(eq(cases.handlerId, actor.id));
  else if (f.handler === 'none') where.push(isNull(cases.handlerId));
  else if (f.handler && /^\d+$/.test(f.handler)) where.push(eq(cases.handlerId, Number(f.handler)));
  if (f.extra) where.push(f.extra);
  return where;
}

export function listCases(actor: Actor, f: CaseListFilters): { rows: CaseListRow[]; total: number; page: number; pageCount: number } {
  if (!canViewCases(actor)) throw new ForbiddenError();
  const db = getDb();
  refreshOpenClocks(db);
  const calendar = loadWorkCalendar(db);
  const day = statusDayToday(db);
  const where = and(...conditions(actor, f, day));
  const total = db.select({ n: count() }).from(cases).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(Number.isFinite(f.page) ? f.page! : 1)), pageCount);
  const handler = alias(users, 'handler');
  const rows = db
    .select({
      id: cases.id,
      caseNo: cases.caseNo,
      receivedOn: cases.receivedOn,
      applicantName: cases.applicantName,
      applicantType: cases.applicantType,
      idNumber: cases.idNumber,
      content: sql<string>`substr(${cases.content}, 1, 60)`,
      handlerName: handler.displayName,
      outcome: cases.outcome,
      repliedOn: cases.repliedOn,
      replyDueOn: cases.replyDueOn,
      dueProvisional: cases.dueProvisional,
      clockState: cases.clockState,
    })
    .from(cases)
    .leftJoin(handler, eq(handler.id, cases.handlerId))
    .where(where)
    .orderBy(...(SORTS[f.sort ?? ''] ?? SORTS.received_desc).order)
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all();
  return {
    total,
    page,
    pageCount,
    rows: rows.map(({ idNumber, content, ...r }) => ({
      ...r,
      applicantTypeLabel: applicantTypeLabel(r.applicantType),
      idNumberMasked: maskIdNumber(idNumber),
      contentExcerpt: content,
      closed: r.repliedOn !== null,
      outcomeLabel: r.outcome ? outcomeLabel(r.outcome) : null,
      clock: statusFromStored(r, day, calendar),
    })),
  };
}

/** Received years present in the register, newest first, for the year filter. */
export function caseYears(actor: Actor): number[] {
  if (!canViewCases(actor)) throw new ForbiddenError();
  const db = getDb();
  const first = db.select({ d: cases.receivedOn }).from(cases).orderBy(asc(cases.receivedOn)).limit(1).get();
  const last = db.select({ d: cases.receivedOn }).from(cases).orderBy(desc(cases.receivedOn)).limit(1).get();
  if (!first || !last) return [];
  const years: number[] = [];
  for (let y = Number(last.d.slice(0, 4)); y >= Number(first.d.slice(0, 4)); y--) years.push(y);
  return years;
}
