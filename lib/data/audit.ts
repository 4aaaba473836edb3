import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canViewCaseHistory, canManageUsers } from '@/lib/domain/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { getDb } from '@/db/client';

export type Changes = Record<string, { from: unknown; to: unknown }>;
type Tx = Pick<Db, 'insert'>;

export function actorName(actor: Actor): string {
  return actor.id === null ? `${actor.displayName}（命令行）` : `${actor.displayName}（${actor.username}）`;
}

/** Appends one audit record; call it inside the transaction that makes the change. */
export function writeAudit(
  tx: Tx,
  actor: Actor,
  entry: { entityType: 'case' | 'user' | 'calendar' | 'settings' | 'review' | 'import'; entityId: string | number; action: string; changes?: Changes; note?: string | null },
  now: Date = new Date(),
): void {
  tx.insert(auditLog)
    .values({
      at: now.toISOString(),
      actorId: actor.id,
      actorName: actorName(actor),
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      action: entry.action,
      changes: entry.changes ?? {},
      note: entry.note ?? null,
    })
    .run();
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
};

export function listAudit(actor: Actor, entityType: 'case' | 'user' | 'calendar' | 'settings' | 'review', entityId: string | number, limit = 200): AuditEntry[] {
  const allowed = entityType === 'user' ? canManageUsers(actor) : canViewCaseHistory(actor);
  if (!allowed) throw new ForbiddenError('只有负责人和管理员可以查看修改记录。');
  return getDb()
    .select({ id: auditLog.id, at: auditLog.at, actorName: auditLog.actorName, action: auditLog.action, changes: auditLog.changes, note: auditLog.note })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}
