import 'server-only';
import { and, asc, desc, eq, notInArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { caseEvents, reviews } from '@/db/schema';

// The dates a case's received and reply dates must respect: the steps recorded on it (补正, 征求意见,
// 收费, 延期) and the 复议/诉讼 records filed against it.

type Reader = Pick<Db, 'select'>;
const NOT_STEPS = ['registered', 'imported', 'reopened', 'closed', 'art35_set'];

function stepOn(tx: Reader, caseId: number, order: 'first' | 'last'): string | null {
  return (
    tx
      .select({ on: caseEvents.occurredOn })
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), notInArray(caseEvents.kind, NOT_STEPS)))
      .orderBy(order === 'first' ? asc(caseEvents.occurredOn) : desc(caseEvents.occurredOn))
      .limit(1)
      .get()?.on ?? null
  );
}

/** The latest date the case may have been received: its first step or its first linked review. */
export function receivedAtLatest(tx: Reader, caseId: number): { on: string; what: string } | null {
  const step = stepOn(tx, caseId, 'first');
  const review = tx.select({ on: reviews.filedOn }).from(reviews).where(eq(reviews.caseId, caseId)).orderBy(asc(reviews.filedOn)).limit(1).get()?.on ?? null;
  if (step && (!review || step <= review)) return { on: step, what: '已登记的办理步骤日期' };
  return review ? { on: review, what: '关联的复议诉讼收到日期' } : null;
}

/** The earliest date the case may be replied to: its last recorded step. */
export function repliedAtEarliest(tx: Reader, caseId: number): string | null {
  return stepOn(tx, caseId, 'last');
}
