import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { prepared } from './prepared-queries';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import type { Changes } from './audit';

/** The audit trail keeps the handler's name, which outlives any later rename or deactivation. */
export function withHandlerNames(tx: Pick<Db, 'select'>, changes: Changes): Changes {
  const change = changes.handlerId;
  if (!change) return changes;
  const query = prepared(tx, 'audit-names.displayName', () => tx.select({ n: users.displayName }).from(users).where(eq(users.id, sql.placeholder('id'))).prepare());
  const name = (id: unknown) => (typeof id === 'number' ? (query.get({ id })?.n ?? `#${id}`) : null);
  return { ...changes, handlerId: { from: name(change.from), to: name(change.to) } };
}
