import 'server-only';
import { and, asc, desc, eq, notInArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { caseEvents, reviews } from '@/db/schema';
import type { RecordedDates, RecordedStep } from '@/lib/domain/case-date-bounds';
import { describeEvent } from '@/lib/domain/event-labels';

// What is recorded on a case that bounds its received and reply dates (the rule is
// lib/domain/case-date-bounds.ts): its steps and the 复议/诉讼 records filed against it.

type Reader = Pick<Db, 'select'>;

// Events that are not handling steps and so do not bound the received or the reply date. An Art. 35
// decision is left out because its data is a future deadline; a letter's issue, delivery and
// cancellation are facts about the letter (the step a letter stands for is recorded as its own event).
const NOT_STEPS = ['registered', 'imported', 'reopened', 'closed', 'art35_set', 'letter_issued', 'letter_delivered', 'letter_received', 'letter_cancelled'];

function stepOf(tx: Reader, caseId: number, order: 'first' | 'last'): RecordedStep | null {
  const e = tx
    .select({ on: caseEvents.occurredOn, kind: caseEvents.kind, data: caseEvents.data })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), notInArray(caseEvents.kind, NOT_STEPS)))
    .orderBy(order === 'first' ? asc(caseEvents.occurredOn) : desc(caseEvents.occurredOn), asc(caseEvents.id))
    .limit(1)
    .get();
  return e ? { on: e.on, title: describeEvent(e.kind, e.data).title } : null;
}

function firstLinkedReviewOn(tx: Reader, caseId: number): string | null {
  return tx.select({ on: reviews.filedOn }).from(reviews).where(eq(reviews.caseId, caseId)).orderBy(asc(reviews.filedOn)).limit(1).get()?.on ?? null;
}

/** The steps and reviews recorded on a case that bound its received and reply dates. */
export function recordedDates(tx: Reader, caseId: number): RecordedDates {
  return { firstStep: stepOf(tx, caseId, 'first'), lastStep: stepOf(tx, caseId, 'last'), firstReviewOn: firstLinkedReviewOn(tx, caseId) };
}
