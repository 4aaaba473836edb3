import 'server-only';
import { eq, asc } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { caseEvents, cases } from '@/db/schema';

type Tx = Pick<Db, 'select' | 'update'>;

/**
 * Recomputes the stored clock columns of a case from its events. Called inside every transaction
 * that changes a case's dates or events, so lists can filter and sort on them.
 */
export function refreshClock(tx: Tx, caseId: number): void {
  const row = tx.select().from(cases).where(eq(cases.id, caseId)).get();
  if (!row) return;
  tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)).all();
  tx.update(cases)
    .set({ clockStartOn: row.receivedOn, replyDueOn: null, dueProvisional: false, clockState: row.repliedOn ? 'closed' : 'running' })
    .where(eq(cases.id, caseId))
    .run();
}
