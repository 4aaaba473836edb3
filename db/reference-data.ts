import { count } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { calendarDays, calendarYears } from './schema';
import type * as schema from './schema';
import { writeTransaction } from './write-transaction';
import { OFFICIAL_SCHEDULES } from '@/lib/domain/calendar/official-schedules';

/**
 * A new database starts with the official holiday schedules the product ships (2019 onward), so
 * deadlines are right from the first case. Administrators add and correct years afterwards.
 */
export function ensureReferenceData(db: BetterSQLite3Database<typeof schema>): void {
  if ((db.select({ n: count() }).from(calendarYears).get()?.n ?? 0) > 0) return;
  const now = new Date().toISOString();
  // Several processes may open a new database at once: check again under the write lock.
  writeTransaction(db, (tx) => {
    if ((tx.select({ n: count() }).from(calendarYears).get()?.n ?? 0) > 0) return;
    for (const schedule of OFFICIAL_SCHEDULES) {
      tx.insert(calendarYears).values({ year: schedule.year, source: schedule.source, updatedAt: now }).run();
      for (const day of schedule.days) {
        tx.insert(calendarDays).values({ date: day.date, year: schedule.year, kind: day.kind, name: day.name }).onConflictDoNothing().run();
      }
    }
  });
}
