import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/roles';
import { addWorkingDays, defaultWorkCalendar } from '@/lib/domain/calendar/work-calendar';
import { addDays, chinaDate } from '@/lib/domain/dates';
import { correctionNoticeReminder, nextYearCalendarMissing } from '@/lib/domain/todo';
import { caseFields, createTempDatabase, makeStaff } from '../support/temp-db';

// The to-do list on a register built around today: each kind of item for the user it belongs to.

const tempDb = createTempDatabase('todo');
const cal = defaultWorkCalendar();
const today = chinaDate(new Date());

/** The latest date before today from which `test` holds, searching back up to 60 days. */
function receivedSoThat(test: (receivedOn: string) => boolean): string {
  for (let d = addDays(today, -1); d > addDays(today, -60); d = addDays(d, -1)) if (test(d)) return d;
  throw new Error('no such date');
}

let todo: typeof import('@/lib/data/todo');
let clerkA: Actor;
let clerkB: Actor;
let boss: Actor;
let admin: Actor;
let auditor: Actor;

beforeAll(async () => {
  const cmd = await import('@/lib/data/case-commands');
  const steps = await import('@/lib/data/case-steps');
  const reviews = await import('@/lib/data/reviews');
  todo = await import('@/lib/data/todo');
  clerkA = await makeStaff('clerk.a', '登记员甲', 'clerk');
  clerkB = await makeStaff('clerk.b', '登记员乙', 'clerk');
  boss = await makeStaff('boss', '负责人丙', 'supervisor');
  admin = await makeStaff('admin', '管理员丁', 'admin');
  auditor = await makeStaff('auditor', '审计员戊', 'auditor');

  const overdueOn = addDays(today, -60);
  cmd.createCase(clerkA, caseFields({ caseNo: 'A-OVERDUE', receivedOn: overdueOn, applicantName: '甲超期' }));
  cmd.createCase(clerkB, caseFields({ caseNo: 'B-OVERDUE', receivedOn: overdueOn, applicantName: '乙超期' }));
  const soon = receivedSoThat((d) => {
    const due = addWorkingDays(cal, d, 20).date;
    return due > today && addWorkingDays(cal, today, 3).date >= due;
  });
  cmd.createCase(clerkA, caseFields({ caseNo: 'A-SOON', receivedOn: soon, applicantName: '甲将到期' }));
  const notice = receivedSoThat((d) => correctionNoticeReminder(cal, d, today).remind);
  cmd.createCase(clerkA, caseFields({ caseNo: 'A-NOTICE', receivedOn: notice, applicantName: '甲补正' }));
  const { id: extended } = cmd.createCase(clerkA, caseFields({ caseNo: 'A-EXT', receivedOn: today, applicantName: '甲延期' }));
  steps.recordClockEvent(clerkA, extended, 1, { kind: 'extension_requested', requestedOn: today, days: 10, reason: '需调取档案', requestedBy: clerkA.displayName });
  const { id: reviewed } = cmd.createCase(clerkA, caseFields({ caseNo: 'A-REVIEW', receivedOn: addDays(today, -120), applicantName: '甲复议' }));
  cmd.closeCase(clerkA, reviewed, { outcome: 'disclosed', repliedOn: addDays(today, -100), replyDocNo: null, version: 1 });
  reviews.createReview(clerkA, { caseId: reviewed, kind: 'reconsideration', filedOn: addDays(today, -70), result: null, decidedOn: null, notes: null });
  // A register row imported without 办理人 leaves its case to no one (the forms always name one).
  cmd.createCase(clerkB, caseFields({ caseNo: 'U-OPEN', receivedOn: today, applicantName: '无人承办' }));
  const { getDb } = await import('@/db/client');
  getDb().$client.prepare(`UPDATE cases SET handler_id = NULL WHERE case_no = 'U-OPEN'`).run();
});

afterAll(() => tempDb.remove());

const kinds = (actor: Actor) => Object.fromEntries(todo.todoFor(actor).map((g) => [g.kind, g.items.map((i) => i.title)]));

describe('the to-do list', () => {
  it('gives a clerk the overdue, due-soon and correction-notice cases they handle, and their review awaiting a result', () => {
    expect(kinds(clerkA)).toEqual({
      overdue: ['申请 A-OVERDUE（甲超期）'],
      due_soon: ['申请 A-SOON（甲将到期）'],
      correction_notice: ['申请 A-NOTICE（甲补正）'],
      review_result: ['行政复议 · 申请 A-REVIEW'],
    });
  });

  it('gives another clerk only their own cases', () => {
    expect(kinds(clerkB)).toEqual({ overdue: ['申请 B-OVERDUE（乙超期）'] });
  });

  it('gives a supervisor the team’s overdue cases, the cases nobody handles, the extension to decide and every review awaiting a result', () => {
    expect(kinds(boss)).toEqual({
      overdue: ['申请 A-OVERDUE（甲超期）', '申请 B-OVERDUE（乙超期）'],
      unassigned: ['申请 U-OPEN（无人承办）'],
      extension_decision: ['申请 A-EXT（甲延期）'],
      review_result: ['行政复议 · 申请 A-REVIEW'],
    });
  });

  it('links each item to its case and the group to the filtered register', () => {
    const overdue = todo.todoFor(clerkA).find((g) => g.kind === 'overdue')!;
    expect(overdue.items[0].href).toMatch(/^\/cases\/\d+$/);
    expect(overdue.items[0].detail).toMatch(/^已超期 · 超期\d+个工作日，答复期限 \d{4}-\d\d-\d\d$/);
    expect(overdue.listHref).toBe('/cases?status=overdue&handler=me&sort=due_asc');
    const unassigned = todo.todoFor(boss).find((g) => g.kind === 'unassigned')!;
    expect(unassigned.listHref).toBe('/cases?status=open&handler=none&sort=due_asc');
  });

  it('counts for the badge what it lists, without loading the items', () => {
    expect(todo.todoCount(clerkA)).toBe(4);
    expect(todo.todoCount(boss)).toBe(5);
    expect(todo.todoFor(boss, { limit: 0 }).every((g) => g.items.length === 0)).toBe(true);
  });

  it('gives an administrator the reviews and nothing of the casework, and an auditor nothing', () => {
    // In December, next year's holiday schedule is due too (until it is entered).
    const calendar = nextYearCalendarMissing(cal, today) ? { calendar_missing: [`${Number(today.slice(0, 4)) + 1}年节假日安排`] } : {};
    expect(kinds(admin)).toEqual({ review_result: ['行政复议 · 申请 A-REVIEW'], ...calendar });
    expect(todo.todoFor(auditor)).toEqual([]);
  });
});
