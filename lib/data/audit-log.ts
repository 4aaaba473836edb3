import 'server-only';
import { and, count, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { auditLog, cases, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { auditLogScope, type AuditScope } from '@/lib/domain/policy';
import { ForbiddenError, ValidationError } from '@/lib/domain/errors';
import { maskedChanges } from '@/lib/domain/personal-data-mask';
import { addDays } from '@/lib/domain/dates';
import { chinaDayStartIso, type AuditFilters } from '@/lib/domain/validation/audit-filter';
import type { AuditLogRow } from '@/lib/domain/audit-record';
import { writeAudit } from './audit';

// The audit-log page (三员分立): the auditor reads everything, administrators' own actions included;
// a supervisor reads the records of cases and reviews. Nobody can change a record (trigger).

export type { AuditLogRow };

export const CASE_RECORD_TYPES = ['case', 'review'];
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

function scopeOf(actor: Actor): AuditScope {
  const scope = auditLogScope(actor);
  if (!scope) throw new ForbiddenError('只有审计员和负责人可以查看审计日志。');
  return scope;
}

const subjectCase = alias(cases, 'subject_case');
const subjectUser = alias(users, 'subject_user');
const entityIdAsInt = sql`CAST(${auditLog.entityId} AS INTEGER)`;

/** The conditions of the filters, or null when the named case or user does not exist. */
function conditions(scope: AuditScope, f: AuditFilters): SQL[] | null {
  const db = getDb();
  const where: SQL[] = [];
  if (scope === 'cases') where.push(inArray(auditLog.entityType, CASE_RECORD_TYPES));
  if (f.who === 'system') where.push(isNull(auditLog.actorId));
  else if (f.who) where.push(eq(auditLog.actorId, Number(f.who)));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.from) where.push(gte(auditLog.at, chinaDayStartIso(f.from)));
  if (f.to) where.push(lt(auditLog.at, chinaDayStartIso(addDays(f.to, 1))));
  if (f.subject) {
    const c = db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, f.subject)).get();
    const u = scope === 'all' ? db.select({ id: users.id }).from(users).where(eq(users.username, f.subject)).get() : undefined;
    const subjects: SQL[] = [];
    if (c) subjects.push(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(c.id)))!);
    if (u) subjects.push(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, String(u.id)))!);
    if (subjects.length === 0) return null;
    where.push(subjects.length === 1 ? subjects[0] : sql`(${subjects[0]} OR ${subjects[1]})`);
  }
  return where;
}

function selectRows(where: SQL[], scope: AuditScope, limit: number, offset: number): AuditLogRow[] {
  const rows = getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorName: auditLog.actorName,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      caseNo: subjectCase.caseNo,
      username: subjectUser.username,
      changes: auditLog.changes,
      note: auditLog.note,
      clientAddress: auditLog.clientAddress,
    })
    .from(auditLog)
    .leftJoin(subjectCase, and(eq(auditLog.entityType, 'case'), eq(subjectCase.id, entityIdAsInt)))
    .leftJoin(subjectUser, and(eq(auditLog.entityType, 'user'), eq(subjectUser.id, entityIdAsInt)))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .offset(offset)
    .all();
  // The auditor reads what happened, not the applicants' contact data (supervisors may see it).
  const mask = scope === 'all';
  return rows.map(({ entityId, caseNo, username, ...r }) => ({
    ...r,
    subject: caseNo ?? username ?? entityId,
    changes: mask ? maskedChanges(r.changes) : r.changes,
  }));
}

export type AuditLogPage = { rows: AuditLogRow[]; total: number; page: number; pageCount: number; subjectFound: boolean };

export function queryAuditLog(actor: Actor, filters: AuditFilters, page = 1, pageSize = 50): AuditLogPage {
  const scope = scopeOf(actor);
  const where = conditions(scope, filters);
  if (!where) return { rows: [], total: 0, page: 1, pageCount: 0, subjectFound: false };
  const total = getDb().select({ n: count() }).from(auditLog).where(and(...where)).get()?.n ?? 0;
  const pageCount = Math.ceil(total / pageSize);
  const current = Math.min(Math.max(page, 1), Math.max(pageCount, 1));
  return { rows: selectRows(where, scope, pageSize, (current - 1) * pageSize), total, page: current, pageCount, subjectFound: true };
}

/** Everyone the filter "who" can name: the staff, and the command line. */
export function auditActors(actor: Actor): { value: string; label: string }[] {
  scopeOf(actor);
  const staff = getDb().select({ id: users.id, username: users.username, displayName: users.displayName }).from(users).orderBy(users.displayName).all();
  return [...staff.map((u) => ({ value: String(u.id), label: `${u.displayName}（${u.username}）` })), { value: 'system', label: '命令行和系统' }];
}

/** The rows an export writes; the export itself is recorded in the audit. */
export function auditLogForExport(actor: Actor, filters: AuditFilters, clientAddress: string, now = new Date(), maxRows = AUDIT_EXPORT_MAX_ROWS): AuditLogRow[] {
  const scope = scopeOf(actor);
  const where = conditions(scope, filters);
  const db = getDb();
  const total = where ? (db.select({ n: count() }).from(auditLog).where(and(...where)).get()?.n ?? 0) : 0;
  if (total > maxRows) {
    throw new ValidationError({}, `符合条件的记录有 ${total} 条，超过一次导出的上限 ${maxRows} 条。请缩小日期范围后分批导出。`);
  }
  const rows = where ? selectRows(where, scope, maxRows, 0) : [];
  const described = Object.entries(filters)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${v}`)
    .join('，');
  writeTransaction(db, (tx) => {
    writeAudit(tx, actor, { entityType: 'audit', entityId: scope, action: 'audit.export', note: `导出 ${rows.length} 条记录${described ? `（条件：${described}）` : ''}`, clientAddress }, now);
  });
  return rows;
}
