// Every figure of a home page and every to-do group opens a list of exactly as many items as it
// says: read here as the list's own page reads its address. On fixed days around National Day
// 2024, with Art. 35 due dates on a Saturday and in the holiday, so that 今日到期 and 本周到期 meet
// the rest days (lib/domain/clock/due-windows.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/domain/roles';
import { addWorkingDays, defaultWorkCalendar } from '@/lib/domain/calendar/work-calendar';
import { addDays } from '@/lib/domain/dates';
import { badgeText } from '@/lib/domain/clock';
import { readListFilters } from '@/lib/domain/case-list/list-filters';
import { caseFields, createTempDatabase, makeStaff } from '../support/temp-db';

const now = vi.hoisted(() => ({ day: '2024-09-02' }));
vi.mock('@/lib/data/today', () => ({ today: () => now.day }));

const tempDb = createTempDatabase('home-figures');
const cal = defaultWorkCalendar();

let dash: typeof import('@/lib/data/dashboard');
let list: typeof import('@/lib/data/case-list');
let todo: typeof import('@/lib/data/todo');
let board: typeof import('@/lib/data/review-board');
let letters: typeof import('@/lib/data/letters/queries');
let clerk: Actor;
let other: Actor;
let boss: Actor;

/** The received date whose 20-working-day deadline is `due` (searching back up to 60 days). */
function receivedFor(due: string): string {
  for (let d = addDays(due, -1); d > addDays(due, -60); d = addDays(d, -1)) if (addWorkingDays(cal, d, 20).date === due) return d;
  throw new Error(`no received date gives ${due}`);
}

beforeAll(async () => {
  const cmd = await import('@/lib/data/case-commands');
  const steps = await import('@/lib/data/case-steps');
  dash = await import('@/lib/data/dashboard');
  list = await import('@/lib/data/case-list');
  todo = await import('@/lib/data/todo');
  board = await import('@/lib/data/review-board');
  letters = await import('@/lib/data/letters/queries');
  clerk = await makeStaff('clerk.a', '登记员甲', 'clerk');
  other = await makeStaff('clerk.b', '登记员乙', 'clerk');
  boss = await makeStaff('boss', '负责人丙', 'supervisor');
  let n = 0;
  const make = (actor: Actor, due: string) => {
    now.day = receivedFor(due);
    return cmd.createCase(actor, caseFields({ caseNo: `C-${++n}`, receivedOn: now.day, applicantName: `申请人${n}` })).id;
  };
  /** A case whose Art. 35 later date `art35` was set on its statutory deadline, 2024-09-26. */
  const later = (actor: Actor, art35: string) => {
    const id = make(actor, '2024-09-26');
    now.day = '2024-09-26';
    steps.recordClockEvent(boss, id, 1, { kind: 'art35_set', dueOn: art35, reason: '申请数量明显超过合理范围' });
  };
  make(clerk, '2024-09-20'); // overdue from 09-23
  make(clerk, '2024-09-27'); // due on Friday
  make(clerk, '2024-09-29'); // due on the make-up working Sunday
  make(clerk, '2024-09-30'); // due on Monday
  later(clerk, '2024-09-28'); // a Saturday
  later(clerk, '2024-10-05'); // in the holiday (10-01…10-07)
  later(clerk, '2024-10-07'); // the holiday's last day
  later(clerk, '2024-10-08'); // the first working day after it
  make(clerk, '2024-10-10');
  make(other, '2024-09-27');
  later(other, '2024-10-06');
  const extended = make(other, '2024-10-10');
  now.day = '2024-09-27';
  steps.recordClockEvent(other, extended, 1, { kind: 'extension_requested', requestedOn: now.day, days: 10, reason: '需调取档案', requestedBy: other.displayName });
});

afterAll(() => tempDb.remove());

/** How many items the page a link opens lists, read as that page reads its address. */
function linkedCount(actor: Actor, href: string): number {
  const url = new URL(href, 'http://x');
  if (url.pathname === '/cases') {
    const { filters, problems } = readListFilters((field) => url.searchParams.get(field) ?? undefined);
    expect(problems, href).toEqual([]);
    return list.listCases(actor, list.caseListFilters(filters)).total;
  }
  if (url.pathname === '/todo') return todo.todoFor(actor, { limit: 100 }).find((g) => url.hash === `#todo-${g.kind}-h`)?.total ?? 0;
  if (url.pathname === '/review') return board.getReviewBoard(actor).pendingExtensions.length;
  if (url.pathname === '/letters/approvals') return letters.pendingApprovals(actor).length;
  throw new Error(`linkedCount: no count for the link ${href}; add one`);
}

const figuresOf = (actor: Actor) => dash.clerkDashboard(actor).figures;
const valueOf = (actor: Actor, key: string) => figuresOf(actor).find((f) => f.key === key)!.value;

/** The clerk's open cases whose badge, as the list shows it, says 今日到期. */
function badgesSayingToday(actor: Actor): string[] {
  const rows = list.listCases(actor, { status: 'open', handler: 'me', sort: 'case_no', pageSize: 100 }).rows;
  return rows.filter((r) => badgeText(r.clock.status, r.clock.daysLeft, r.clock.lateBy).label === '今日到期').map((r) => r.caseNo);
}

describe('home page figures and the lists they open', () => {
  it('Friday 2024-09-27: due today are Friday’s and Saturday’s, this week also the make-up Sunday’s', () => {
    now.day = '2024-09-27';
    expect(valueOf(clerk, 'due_today')).toBe(2);
    expect(valueOf(clerk, 'due_this_week')).toBe(3);
    expect(badgesSayingToday(clerk)).toEqual(['C-2', 'C-5']);
  });

  it('Monday 2024-09-30, before National Day: due today is everything up to 10-07, and so is this week', () => {
    now.day = '2024-09-30';
    expect(valueOf(clerk, 'overdue')).toBe(4); // 09-20, 09-27, the Saturday 09-28 and the Sunday 09-29 have passed
    expect(valueOf(clerk, 'due_today')).toBe(3); // 09-30, 10-05, 10-07
    expect(valueOf(clerk, 'due_this_week')).toBe(3);
    expect(badgesSayingToday(clerk)).toEqual(['C-4', 'C-6', 'C-7']);
  });

  for (const day of ['2024-09-27', '2024-09-30', '2024-10-08']) {
    it(`on ${day}, each of a clerk’s figures equals the list it links to`, () => {
      now.day = day;
      for (const actor of [clerk, other]) {
        const figures = figuresOf(actor);
        expect(figures.map((f) => f.key)).toEqual(['overdue', 'due_today', 'due_this_week', 'due_soon', 'awaiting_correction', 'paused', 'open', 'letters_to_issue', 'letters_to_deliver']);
        for (const f of figures) expect([f.key, linkedCount(actor, f.href)]).toEqual([f.key, f.value]);
      }
    });

    it(`on ${day}, each of a supervisor’s figures equals the list it links to`, () => {
      now.day = day;
      for (const f of dash.supervisorDashboard(boss).figures) expect([f.key, linkedCount(boss, f.href)]).toEqual([f.key, f.value]);
    });

    it(`on ${day}, the 待办 badge is the sum of /todo’s groups, and a group’s list link opens as many items`, () => {
      now.day = day;
      for (const actor of [clerk, other, boss]) {
        const groups = todo.todoFor(actor, { limit: 100 });
        expect(todo.todoCount(actor)).toBe(groups.reduce((n, g) => n + g.total, 0));
        for (const g of groups) if (g.listHref) expect([g.kind, linkedCount(actor, g.listHref)]).toEqual([g.kind, g.total]);
      }
    });
  }
});
