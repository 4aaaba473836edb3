import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { auditLog, cases } from '@/db/schema';
import { ForbiddenError, ValidationError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/roles';
import { CLI_ADMIN, caseFields, caught, createTempDatabase, makeStaff } from '../support/temp-db';

const tempDb = createTempDatabase('calendar-admin');

let db: Db;
let cal: typeof import('@/lib/data/calendar-admin');
let boss: Actor;
let caseId: number;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  cal = await import('@/lib/data/calendar-admin');
  boss = await makeStaff('boss', '负责人', 'supervisor');
  const { createCase } = await import('@/lib/data/case-commands');
  // Received 2026-12-18 (Fri): the 20th working day falls in January 2027, which has no schedule yet.
  caseId = createCase(boss, caseFields({ caseNo: 'CAL-1', receivedOn: '2026-11-20' })).id;
  db.update(cases).set({ receivedOn: '2026-12-18', clockStartOn: '2026-12-18' }).where(eq(cases.id, caseId)).run();
  const { recomputeClocksTouchingYear } = await import('@/lib/data/case-clock');
  writeTransaction(db, (tx) => recomputeClocksTouchingYear(tx, 2027));
});

afterAll(() => tempDb.remove());

const row = () => db.select().from(cases).where(eq(cases.id, caseId)).get()!;

describe('the calendar kept by administrators', () => {
  it('ships 2019–2026 with the source notice of each year', () => {
    const years = cal.listCalendarYears(CLI_ADMIN);
    expect(years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(years.find((y) => y.year === 2024)?.source).toContain('国务院办公厅关于2024年部分节假日安排的通知');
  });

  it("counts each year's own holidays and make-up working days", async () => {
    const { OFFICIAL_SCHEDULES } = await import('@/lib/domain/calendar/official-schedules');
    const expected = OFFICIAL_SCHEDULES.map((s) => ({
      year: s.year,
      offDays: s.days.filter((d) => d.kind === 'off').length,
      workDays: s.days.filter((d) => d.kind === 'work').length,
    }));
    expect(cal.listCalendarYears(CLI_ADMIN).map(({ year, offDays, workDays }) => ({ year, offDays, workDays }))).toEqual(expected);
    // The years differ (2020 had the extended Spring Festival), so equal totals would be the old bug.
    expect(new Set(expected.map((e) => `${e.offDays}/${e.workDays}`)).size).toBeGreaterThan(1);
  });

  it('marks a deadline in a year without a schedule as provisional, computed on weekends only', () => {
    expect(row()).toMatchObject({ replyDueOn: '2027-01-15', dueProvisional: true });
  });

  it('adding the year recomputes the deadlines that fall in it and audits the change', () => {
    cal.addCalendarYear(CLI_ADMIN, {
      year: 2027,
      source: '《国务院办公厅关于2027年部分节假日安排的通知》',
      days: [
        { date: '2027-01-01', kind: 'off', name: '元旦' },
        { date: '2027-01-04', kind: 'off', name: '元旦' },
      ],
    });
    expect(row()).toMatchObject({ replyDueOn: '2027-01-19', dueProvisional: false });
    const audit = db.select().from(auditLog).where(and(eq(auditLog.entityType, 'calendar'), eq(auditLog.entityId, '2027'))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0].action).toBe('calendar.add_year');
  });

  it('correcting a day moves the deadlines that count it, and is audited with before and after', () => {
    cal.setCalendarDay(CLI_ADMIN, { date: '2027-01-04', kind: 'normal', name: '' });
    expect(row().replyDueOn).toBe('2027-01-18');
    cal.setCalendarDay(CLI_ADMIN, { date: '2027-01-16', kind: 'work', name: '调休' });
    expect(row().replyDueOn).toBe('2027-01-16');
    const audit = db.select().from(auditLog).where(and(eq(auditLog.entityType, 'calendar'), eq(auditLog.entityId, '2027-01-04'))).get()!;
    expect(audit.changes).toEqual({ '2027-01-04': { from: '放假（元旦）', to: '正常' } });
  });

  it('refuses a year twice, a day in a year without a schedule, and anyone but an administrator', () => {
    expect(caught(() => cal.addCalendarYear(CLI_ADMIN, { year: 2027, source: 'x', days: [] }))).toBeInstanceOf(ValidationError);
    expect((caught(() => cal.setCalendarDay(CLI_ADMIN, { date: '2031-05-01', kind: 'off', name: '' })) as Error).message).toBe('2031 年尚无日历，请先新增该年度安排。');
    expect(caught(() => cal.setCalendarDay(boss, { date: '2026-05-06', kind: 'off', name: '' }))).toBeInstanceOf(ForbiddenError);
    expect(caught(() => cal.listCalendarYears(boss))).toBeInstanceOf(ForbiddenError);
  });
});
