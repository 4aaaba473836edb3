import 'server-only';
import { and, asc, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { prepared } from './prepared-queries';
import type { Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { DatabaseBusyError } from '@/lib/domain/errors';
import { caseEvents, cases, settings } from '@/db/schema';
import { CLOCK_EVENT_KINDS, computeClock, type Clock, type ClockEvent } from '@/lib/domain/clock';
import type { WorkCalendar } from '@/lib/domain/calendar/work-calendar';
import { loadWorkCalendar } from './work-calendar';
import { today } from './today';

type Tx = Pick<Db, 'select' | 'update' | 'insert'>;
const CLOCK_KINDS: readonly string[] = CLOCK_EVENT_KINDS;

/** The clock events of a case in recorded order, as the domain reads them. */
export function clockEventsOf(tx: Pick<Db, 'select'>, caseId: number): ClockEvent[] {
  const query = prepared(tx, 'case-clock.events', () =>
    tx
      .select({ kind: caseEvents.kind, data: caseEvents.data })
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, sql.placeholder('caseId')), inArray(caseEvents.kind, [...CLOCK_KINDS])))
      .orderBy(asc(caseEvents.id))
      .prepare(),
  );
  return query.all({ caseId }).map((e) => ({ ...e.data, kind: e.kind }) as ClockEvent);
}

export function clockOf(
  c: { receivedOn: string; repliedOn: string | null },
  events: ClockEvent[],
  options: { calendar: WorkCalendar; today: string; dueSoonDays?: number },
): Clock {
  return computeClock({ receivedOn: c.receivedOn, repliedOn: c.repliedOn, events, today: options.today, dueSoonDays: options.dueSoonDays }, options.calendar);
}

/**
 * Recomputes the stored clock columns of a case from its events. Called inside every transaction
 * that changes a case's dates or events, so lists can filter and sort on them.
 */
export function refreshClock(tx: Tx, caseId: number, calendar: WorkCalendar = loadWorkCalendar(tx)): void {
  const dates = prepared(tx, 'case-clock.dates', () =>
    tx.select({ receivedOn: cases.receivedOn, repliedOn: cases.repliedOn }).from(cases).where(eq(cases.id, sql.placeholder('caseId'))).prepare(),
  );
  const row = dates.get({ caseId });
  if (!row) return;
  const clock = clockOf(row, clockEventsOf(tx, caseId), { calendar, today: today() });
  const store = prepared(tx, 'case-clock.store', () =>
    tx
      .update(cases)
      // An update's set takes SQL, not placeholders: the values are bound as they are (the flag as 0/1).
      .set({ clockStartOn: sql`${sql.placeholder('startOn')}`, replyDueOn: sql`${sql.placeholder('replyDueOn')}`, dueProvisional: sql`${sql.placeholder('provisional')}`, clockState: sql`${sql.placeholder('state')}` })
      .where(eq(cases.id, sql.placeholder('caseId')))
      .prepare(),
  );
  store.run({ caseId, startOn: clock.startOn, replyDueOn: clock.replyDueOn, provisional: clock.provisional ? 1 : 0, state: clock.storedState });
}

/** Open cases whose stored state depends on today (an awaited correction, a pause) are recomputed once a day. */
export function refreshOpenClocks(db: Db): number {
  const day = today();
  const stamp = prepared(db, 'case-clock.refreshed', () => db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'clocksRefreshedOn')).prepare()).get()?.value;
  if (stamp === day) return 0;
  try {
    return writeTransaction(db, (tx) => {
      const calendar = loadWorkCalendar(tx);
      const ids = tx.select({ id: cases.id }).from(cases).where(and(isNull(cases.repliedOn), ne(cases.clockState, 'running'))).all();
      for (const { id } of ids) refreshClock(tx, id, calendar);
      tx.insert(settings).values({ key: 'clocksRefreshedOn', value: day }).onConflictDoUpdate({ target: settings.key, set: { value: day } }).run();
      return ids.length;
    });
  } catch (error) {
    // A list page must open even while a long write holds the lock; the next page view refreshes.
    if (error instanceof DatabaseBusyError) return 0;
    throw error;
  }
}

/**
 * After the calendar of `year` changed: every case whose clock may count a day of that year —
 * received by its end, and still open, or replied or due in it or later. Call it inside the
 * transaction that changed the calendar.
 */
export function recomputeClocksTouchingYear(tx: Tx, year: number): number {
  const calendar = loadWorkCalendar(tx);
  const ids = tx
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        lte(cases.clockStartOn, `${year}-12-31`),
        or(isNull(cases.repliedOn), gte(cases.repliedOn, `${year}-01-01`), gte(cases.replyDueOn, `${year}-01-01`)),
      ),
    )
    .all();
  for (const { id } of ids) refreshClock(tx, id, calendar);
  return ids.length;
}
