// One rule, one place: on random registers in a real SQLite database, every clock-status filter of
// the case list, every single status through the SQL translator, and the supervisor's counts select
// exactly the cases whose badge — the status computeClock gives the case page from the case's
// events — shows that status. Each case's stored clock is written as the product writes it: on the
// day its last step or its reply was recorded, then by the list's daily refresh.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cases } from '@/db/schema';
import { addDays, minDate } from '@/lib/domain/dates';
import { badgeText, CLOCK_STATUSES, computeClock, DUE_WINDOWS, dueWindowPredicate, matchesClock, STATUS_FILTERS, type ClockEvent, type ClockStatus, type DueWindow, type StatusFilter } from '@/lib/domain/clock';
import type { WorkCalendar } from '@/lib/domain/calendar/work-calendar';
import { historyArb, play } from '../support/clock-events';
import { SUPERVISOR } from '../support/report-db';
import { createTempDatabase } from '../support/temp-db';

const now = vi.hoisted(() => ({ day: '2024-01-01' }));
vi.mock('@/lib/data/today', () => ({ today: () => now.day }));

const temp = createTempDatabase('clock-status');
let db: import('@/db/client').Db;
let calendar: WorkCalendar;
let refreshClock: typeof import('@/lib/data/case-clock').refreshClock;
let listCases: typeof import('@/lib/data/case-list').listCases;
let getReviewBoard: typeof import('@/lib/data/review-board').getReviewBoard;
let statusSql: typeof import('@/lib/data/clock-status-sql');

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  calendar = (await import('@/lib/data/work-calendar')).loadWorkCalendar(db);
  ({ refreshClock } = await import('@/lib/data/case-clock'));
  ({ listCases } = await import('@/lib/data/case-list'));
  ({ getReviewBoard } = await import('@/lib/data/review-board'));
  statusSql = await import('@/lib/data/clock-status-sql');
});
afterAll(() => temp.remove());

type SimCase = { caseNo: string; receivedOn: string; events: ClockEvent[]; days: string[]; repliedOn: string | null; recordedOn: string };

/** A case received up to 150 days (mostly up to 40) before today, its valid steps up to today, perhaps a reply. */
const caseArb = (today: string) =>
  fc
    .record({ back: fc.oneof({ arbitrary: fc.nat(40), weight: 3 }, { arbitrary: fc.nat(150), weight: 1 }), steps: historyArb(8), reply: fc.option(fc.nat(40), { freq: 2 }), lag: fc.nat(30) })
    .map(({ back, steps, reply, lag }) => {
      const receivedOn = addDays(today, -back);
      const played = play(receivedOn, steps);
      const n = played.days.filter((d) => d <= today).length;
      const days = played.days.slice(0, n);
      const last = days[n - 1] ?? receivedOn;
      const repliedOn = reply === null || addDays(last, reply) > today ? null : addDays(last, reply);
      return { receivedOn, events: played.events.slice(0, n), days, repliedOn, recordedOn: minDate(addDays(repliedOn ?? last, lag), today) };
    });

const registerArb = fc
  .record({ offset: fc.nat(4 * 365), dueSoonDays: fc.nat(10) })
  .chain(({ offset, dueSoonDays }) => {
    const today = addDays('2023-01-01', offset);
    return fc.record({ today: fc.constant(today), dueSoonDays: fc.constant(dueSoonDays), cases: fc.array(caseArb(today), { minLength: 10, maxLength: 40 }) });
  })
  .map((r) => ({ ...r, cases: r.cases.map((c, i): SimCase => ({ ...c, caseNo: `C-${String(i).padStart(3, '0')}` })) }));

/** Stores the register as the product would: each case refreshed on the day it was last touched. */
function store(register: { dueSoonDays: number; cases: SimCase[] }): void {
  const client = db.$client;
  client.exec("DELETE FROM case_events; DELETE FROM cases; DELETE FROM settings WHERE key IN ('clocksRefreshedOn', 'dueSoonDays');");
  client.prepare("INSERT INTO settings (key, value) VALUES ('dueSoonDays', ?)").run(String(register.dueSoonDays));
  const insertCase = client.prepare(
    `INSERT INTO cases (case_no, received_on, registered_on, channel, applicant_type, applicant_name, outcome, replied_on, clock_start_on, created_at, updated_at)
     VALUES (?, ?, ?, 'online', 'natural_person', '测试申请人', ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  );
  const insertEvent = client.prepare(`INSERT INTO case_events (case_id, kind, occurred_on, data, created_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z')`);
  for (const c of register.cases) {
    const id = Number(insertCase.run(c.caseNo, c.receivedOn, c.receivedOn, c.repliedOn && 'disclosed', c.repliedOn, c.receivedOn).lastInsertRowid);
    c.events.forEach(({ kind, ...data }, i) => insertEvent.run(id, kind, c.days[i], JSON.stringify(data)));
    now.day = c.recordedOn;
    refreshClock(db, id, calendar);
  }
}

describe('clock status: the SQL filters and the badges', () => {
  it('select exactly the cases whose case-page badge shows the status, and the list shows that badge', () => {
    fc.assert(
      fc.property(registerArb, (register) => {
        store(register);
        now.day = register.today;
        const badge = new Map<string, ClockStatus>(
          register.cases.map((c) => [
            c.caseNo,
            computeClock({ receivedOn: c.receivedOn, events: c.events, repliedOn: c.repliedOn, today: register.today, dueSoonDays: register.dueSoonDays }, calendar).status,
          ]),
        );
        const showing = (statuses: readonly ClockStatus[]) => [...badge].filter(([, s]) => statuses.includes(s)).map(([no]) => no);

        for (const filter of Object.keys(STATUS_FILTERS) as StatusFilter[]) {
          const listed = listCases(SUPERVISOR, { status: filter, sort: 'case_no' }).rows;
          expect(listed.map((r) => r.caseNo), filter).toEqual(showing(STATUS_FILTERS[filter].statuses));
          for (const row of listed) expect(row.clock.status, row.caseNo).toBe(badge.get(row.caseNo));
        }
        const day = statusSql.statusDayToday(db);
        for (const status of CLOCK_STATUSES) {
          const rows = db.select({ no: cases.caseNo }).from(cases).where(statusSql.clockStatusSql(status, day)).orderBy(cases.caseNo).all();
          expect(rows.map((r) => r.no), status).toEqual(showing([status]));
        }
        // The due-date windows (今日到期, 本周到期) list exactly the cases whose clock, as the case page
        // computes it today, matches the window's predicate; 今日到期 lists exactly the cases whose
        // case-page badge says 今日到期.
        const clocks = register.cases.map((c) => ({
          caseNo: c.caseNo,
          repliedOn: c.repliedOn,
          clock: computeClock({ receivedOn: c.receivedOn, events: c.events, repliedOn: c.repliedOn, today: register.today, dueSoonDays: register.dueSoonDays }, calendar),
        }));
        for (const window of Object.keys(DUE_WINDOWS) as DueWindow[]) {
          const expected = clocks.filter(({ clock, repliedOn }) => matchesClock({ clockState: clock.storedState, replyDueOn: clock.replyDueOn, repliedOn }, dueWindowPredicate(window, day)));
          expect(listCases(SUPERVISOR, { due: window, sort: 'case_no' }).rows.map((r) => r.caseNo), window).toEqual(expected.map((c) => c.caseNo));
        }
        const badgeSaysToday = clocks.filter(({ clock }) => badgeText(clock.status, clock.workingDaysLeft, clock.lateByWorkingDays).label === '今日到期');
        expect(listCases(SUPERVISOR, { due: 'today', sort: 'case_no' }).rows.map((r) => r.caseNo)).toEqual(badgeSaysToday.map((c) => c.caseNo));
        const board = getReviewBoard(SUPERVISOR);
        expect(board.workload.reduce((n, w) => n + w.overdue, 0)).toBe(showing(['overdue']).length);
        expect(board.workload.reduce((n, w) => n + w.dueSoon, 0)).toBe(showing(['due_soon']).length);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
