import 'server-only';
import { and, asc, desc, eq, notInArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { caseEvents, reviews } from '@/db/schema';
import { describeEvent } from '@/lib/domain/event-labels';

// The dates a case's received and reply dates must respect: the steps recorded on it (补正, 征求意见,
// 收费, 延期) and the 复议/诉讼 records filed against it. Used by the case form and the import alike.

type Reader = Pick<Db, 'select'>;
export type Step = { on: string; title: string };

// Events that are not handling steps and so do not bound the received or the reply date. An Art. 35
// decision is left out because its data is a future deadline; a letter's issue, delivery and
// cancellation are facts about the letter (the step a letter stands for is recorded as its own event).
const NOT_STEPS = ['registered', 'imported', 'reopened', 'closed', 'art35_set', 'letter_issued', 'letter_delivered', 'letter_received', 'letter_cancelled'];

export function stepOf(tx: Reader, caseId: number, order: 'first' | 'last'): Step | null {
  const e = tx
    .select({ on: caseEvents.occurredOn, kind: caseEvents.kind, data: caseEvents.data })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), notInArray(caseEvents.kind, NOT_STEPS)))
    .orderBy(order === 'first' ? asc(caseEvents.occurredOn) : desc(caseEvents.occurredOn), asc(caseEvents.id))
    .limit(1)
    .get();
  return e ? { on: e.on, title: describeEvent(e.kind, e.data).title } : null;
}

export function firstLinkedReviewOn(tx: Reader, caseId: number): string | null {
  return tx.select({ on: reviews.filedOn }).from(reviews).where(eq(reviews.caseId, caseId)).orderBy(asc(reviews.filedOn)).limit(1).get()?.on ?? null;
}

/** The latest date the case may have been received: its first step or its first linked review. */
export function receivedAtLatest(tx: Reader, caseId: number): { on: string; what: string } | null {
  const step = stepOf(tx, caseId, 'first')?.on ?? null;
  const review = firstLinkedReviewOn(tx, caseId);
  if (step && (!review || step <= review)) return { on: step, what: '已登记的办理步骤日期' };
  return review ? { on: review, what: '关联的复议诉讼收到日期' } : null;
}

/** The earliest date the case may be replied to: its last recorded step. */
export function repliedAtEarliest(tx: Reader, caseId: number): string | null {
  return stepOf(tx, caseId, 'last')?.on ?? null;
}
