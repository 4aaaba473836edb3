import 'server-only';
import { count, max } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { calendarDays, calendarYears } from '@/db/schema';
import { prepared } from './prepared-queries';
import { createWorkCalendar, type WorkCalendar } from '@/lib/domain/calendar/work-calendar';

// The working-day calendar as stored (shipped schedules plus administrators' corrections). Built
// once and reused until a year is added or changed, which bumps calendar_years.updated_at.

const cache = globalThis as unknown as { ogiCalendar?: { key: string; calendar: WorkCalendar } };

type Reader = Pick<Db, 'select'>;

export function loadWorkCalendar(db: Reader = getDb()): WorkCalendar {
  // Read on every list and page that shows a deadline: built once per connection.
  const stamp = prepared(db, 'calendar.stamp', () => db.select({ n: count(), latest: max(calendarYears.updatedAt) }).from(calendarYears).prepare()).get();
  const key = `${stamp?.n}|${stamp?.latest}`;
  if (cache.ogiCalendar?.key === key) return cache.ogiCalendar.calendar;
  const years = db.select({ year: calendarYears.year }).from(calendarYears).all().map((y) => y.year);
  const days = db.select({ date: calendarDays.date, kind: calendarDays.kind }).from(calendarDays).all();
  const calendar = createWorkCalendar(days, years);
  cache.ogiCalendar = { key, calendar };
  return calendar;
}
