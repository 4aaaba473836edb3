import 'server-only';
import { asc, count, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { calendarDays, calendarYears } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canManageCalendar } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import type { ScheduleDay } from '@/lib/domain/calendar/official-schedules';
import { yearOf } from '@/lib/domain/dates';
import { writeAudit } from './audit';
import { recomputeClocksTouchingYear } from './case-clock';

export const CALENDAR_FORBIDDEN = '只有管理员可以维护节假日日历。';

function requireCalendarAdmin(actor: Actor) {
  if (!canManageCalendar(actor)) throw new ForbiddenError(CALENDAR_FORBIDDEN);
}

export type CalendarYearSummary = { year: number; source: string; offDays: number; workDays: number; updatedAt: string };

export function listCalendarYears(actor: Actor): CalendarYearSummary[] {
  requireCalendarAdmin(actor);
  const db = getDb();
  const counts = db
    .select({ year: calendarDays.year, kind: calendarDays.kind, n: count() })
    .from(calendarDays)
    .groupBy(calendarDays.year, calendarDays.kind)
    .all();
  const countOf = (year: number, kind: 'off' | 'work') => counts.find((c) => c.year === year && c.kind === kind)?.n ?? 0;
  return db
    .select({ year: calendarYears.year, source: calendarYears.source, updatedAt: calendarYears.updatedAt })
    .from(calendarYears)
    .orderBy(asc(calendarYears.year))
    .all()
    .map((y) => ({ ...y, offDays: countOf(y.year, 'off'), workDays: countOf(y.year, 'work') }));
}

export function getCalendarYear(actor: Actor, year: number): { year: number; source: string | null; days: ScheduleDay[] } {
  requireCalendarAdmin(actor);
  const db = getDb();
  const meta = db.select().from(calendarYears).where(eq(calendarYears.year, year)).get();
  const days = db
    .select({ date: calendarDays.date, kind: calendarDays.kind, name: calendarDays.name })
    .from(calendarDays)
    .where(sql`${calendarDays.date} BETWEEN ${`${year - 1}-12-01`} AND ${`${year}-12-31`}`)
    .orderBy(asc(calendarDays.date))
    .all()
    .map((d) => ({ ...d, name: d.name ?? '' }));
  return { year, source: meta?.source ?? null, days };
}

/** A year's State Council schedule, when its notice appears (e.g. 2027). */
export function addCalendarYear(actor: Actor, input: { year: number; source: string; days: ScheduleDay[] }): void {
  requireCalendarAdmin(actor);
  const db = getDb();
  if (db.select().from(calendarYears).where(eq(calendarYears.year, input.year)).get()) {
    throw new ValidationError({ year: [`${input.year} 年的日历已存在，请在该年度页面逐日修改。`] });
  }
  const clash = input.days.find((d) => db.select().from(calendarDays).where(eq(calendarDays.date, d.date)).get());
  if (clash) throw new ValidationError({ days: [`${clash.date} 已在其他年度的安排中登记，请勿重复。`] });
  writeTransaction(db, (tx) => {
    tx.insert(calendarYears).values({ year: input.year, source: input.source, updatedAt: new Date().toISOString() }).run();
    for (const d of input.days) tx.insert(calendarDays).values({ date: d.date, year: input.year, kind: d.kind, name: d.name }).run();
    writeAudit(tx, actor, {
      entityType: 'calendar',
      entityId: input.year,
      action: 'calendar.add_year',
      changes: { source: { from: null, to: input.source }, days: { from: null, to: input.days.map((d) => `${d.date} ${d.kind === 'off' ? '休' : '班'} ${d.name}`).join('；') } },
    });
    recomputeClocksTouchingYear(tx, input.year);
  });
}

/** Corrects one day: a day off, a make-up working day, or back to an ordinary day. */
export function setCalendarDay(actor: Actor, input: { date: string; kind: 'off' | 'work' | 'normal'; name: string }): void {
  requireCalendarAdmin(actor);
  const db = getDb();
  const year = yearOf(input.date);
  const owner = db.select().from(calendarYears).where(eq(calendarYears.year, year)).get();
  if (!owner) throw new NotFoundError(`${year} 年尚无日历，请先新增该年度安排。`);
  const label = (d: { kind: string; name: string | null } | undefined) => (d ? `${d.kind === 'off' ? '放假' : '调休上班'}${d.name ? `（${d.name}）` : ''}` : '正常');
  writeTransaction(db, (tx) => {
    const before = tx.select().from(calendarDays).where(eq(calendarDays.date, input.date)).get();
    if (input.kind === 'normal') tx.delete(calendarDays).where(eq(calendarDays.date, input.date)).run();
    else
      tx.insert(calendarDays)
        .values({ date: input.date, year: before?.year ?? year, kind: input.kind, name: input.name || null })
        .onConflictDoUpdate({ target: calendarDays.date, set: { kind: input.kind, name: input.name || null } })
        .run();
    tx.update(calendarYears).set({ updatedAt: new Date().toISOString() }).where(eq(calendarYears.year, before?.year ?? year)).run();
    writeAudit(tx, actor, {
      entityType: 'calendar',
      entityId: input.date,
      action: 'calendar.update_day',
      changes: { [input.date]: { from: label(before), to: input.kind === 'normal' ? '正常' : label({ kind: input.kind, name: input.name }) } },
    });
    recomputeClocksTouchingYear(tx, year);
  });
}
