import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { preparedStatement } from './prepared-queries';
import type { Db } from '@/db/client';
import { auditLog, cases } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canViewCaseHistory, canManageUsers, canSeePersonalData } from '@/lib/domain/policy';
import { auditableChanges, maskedChanges } from '@/lib/domain/personal-data-mask';
import { ForbiddenError } from '@/lib/domain/errors';
import { getDb } from '@/db/client';

import type { Changes } from '@/lib/domain/audit-record';

export type { Changes };
type Tx = Pick<Db, 'insert'>;

export type AuditEntityType = 'case' | 'user' | 'calendar' | 'settings' | 'review' | 'import' | 'address' | 'audit' | 'report';

export function actorName(actor: Actor): string {
  return actor.id === null ? `${actor.displayName}（命令行）` : `${actor.displayName}（${actor.username}）`;
}

/** Who the audit names for what happens on the sign-in page before anyone is signed in. */
export const SIGN_IN_PAGE_ACTOR_NAME = '登录页（未登录）';

/** Appends one audit record; call it inside the transaction that makes the change. */
export function writeAudit(
  tx: Tx,
  actor: Actor | null,
  entry: { entityType: AuditEntityType; entityId: string | number; action: string; changes?: Changes; note?: string | null; clientAddress?: string | null },
  now: Date = new Date(),
): void {
  const changes = entry.changes ?? {};
  const insert = preparedStatement(tx, 'audit.insert', () =>
    tx
      .insert(auditLog)
      .values({
        at: sql.placeholder('at'),
        actorId: sql.placeholder('actorId'),
        actorName: sql.placeholder('actorName'),
        entityType: sql.placeholder('entityType'),
        entityId: sql.placeholder('entityId'),
        action: sql.placeholder('action'),
        changes: sql.placeholder('changes'),
        note: sql.placeholder('note'),
        clientAddress: sql.placeholder('clientAddress'),
      }),
  );
  insert.run({
    at: now.toISOString(),
    actorId: actor?.id ?? null,
    actorName: actor ? actorName(actor) : SIGN_IN_PAGE_ACTOR_NAME,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    action: entry.action,
    // Kept forever: identity numbers go in masked (个人信息保护).
    changes: entry.entityType === 'case' ? auditableChanges(changes) : changes,
    note: entry.note ?? null,
    clientAddress: entry.clientAddress ?? null,
  });
}

/** Field-level before/after of the fields that differ. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Changes {
  const changes: Changes = {};
  for (const key of Object.keys(after)) {
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

export function creationChanges(values: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [key, to] of Object.entries(values)) {
    if (to !== null && to !== undefined && to !== '') changes[key] = { from: null, to };
  }
  return changes;
}

export type AuditEntry = {
  id: number;
  at: string;
  actorName: string;
  action: string;
  changes: Changes;
  note: string | null;
  clientAddress: string | null;
};

export function listAudit(actor: Actor, entityType: 'case' | 'user' | 'calendar' | 'settings' | 'review', entityId: string | number, limit = 200): AuditEntry[] {
  const allowed = entityType === 'user' ? canManageUsers(actor) : canViewCaseHistory(actor);
  if (!allowed) throw new ForbiddenError('只有负责人和管理员可以查看修改记录。');
  const db = getDb();
  const entries = db
    .select({ id: auditLog.id, at: auditLog.at, actorName: auditLog.actorName, action: auditLog.action, changes: auditLog.changes, note: auditLog.note, clientAddress: auditLog.clientAddress })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
  if (entityType !== 'case') return entries;
  // A reader who sees the applicant's contact data masked on the case sees it masked here too.
  const c = db.select({ handlerId: cases.handlerId, repliedOn: cases.repliedOn }).from(cases).where(eq(cases.id, Number(entityId))).get();
  if (c && canSeePersonalData(actor, { handlerId: c.handlerId, closed: c.repliedOn !== null })) return entries;
  return entries.map((e) => ({ ...e, changes: maskedChanges(e.changes) }));
}
