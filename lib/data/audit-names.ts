import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import type { Changes } from './audit';

/** The audit trail keeps the handler's name, which outlives any later rename or deactivation. */
export function withHandlerNames(tx: Pick<Db, 'select'>, changes: Changes): Changes {
  const change = changes.handlerId;
  if (!change) return changes;
  const name = (id: unknown) =>
    typeof id === 'number' ? (tx.select({ n: users.displayName }).from(users).where(eq(users.id, id)).get()?.n ?? `#${id}`) : null;
  return { ...changes, handlerId: { from: name(change.from), to: name(change.to) } };
}
