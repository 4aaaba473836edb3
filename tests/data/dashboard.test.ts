import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/roles';
import { addDays, chinaDate } from '@/lib/domain/dates';
import { caseFields, createTempDatabase, makeStaff } from '../support/temp-db';

// The home pages' figures: each equals the length of the list its link opens.

const tempDb = createTempDatabase('dashboard');
const today = chinaDate(new Date());

let dash: typeof import('@/lib/data/dashboard');
let list: typeof import('@/lib/data/case-list');
let clerk: Actor;
let other: Actor;
let boss: Actor;
let admin: Actor;

beforeAll(async () => {
  const cmd = await import('@/lib/data/case-commands');
  const steps = await import('@/lib/data/case-steps');
  dash = await import('@/lib/data/dashboard');
  list = await import('@/lib/data/case-list');
  clerk = await makeStaff('clerk.a', '登记员甲', 'clerk');
  other = await makeStaff('clerk.b', '登记员乙', 'clerk');
  boss = await makeStaff('boss', '负责人丙', 'supervisor');
  admin = await makeStaff('admin', '管理员丁', 'admin');
  let n = 0;
  const make = (actor: Actor, receivedOn: string) => cmd.createCase(actor, caseFields({ caseNo: `C-${++n}`, receivedOn, applicantName: `申请人${n}` })).id;
  make(clerk, addDays(today, -60));
  make(clerk, addDays(today, -50));
  make(clerk, today);
  make(other, addDays(today, -60));
  const paused = make(clerk, addDays(today, -3));
  steps.recordClockEvent(clerk, paused, 1, { kind: 'consultation_sent', sentOn: today, party: '某公司', partyKind: 'third_party' });
  const corrected = make(other, addDays(today, -2));
  steps.recordClockEvent(other, corrected, 1, { kind: 'correction_requested', noticeOn: today, missing: '请写明年份', periodDays: 15 });
  const closed = make(clerk, addDays(today, -10));
  cmd.closeCase(clerk, closed, { outcome: 'disclosed', repliedOn: today, replyDocNo: null, version: 1 });
});

afterAll(() => tempDb.remove());

/** The total of the case list a figure's link opens, read as the list page reads its query. */
function listed(actor: Actor, href: string): number {
  const q = new URL(href, 'http://x').searchParams;
  return list.listCases(actor, { status: q.get('status') ?? undefined, due: q.get('due') ?? undefined, handler: q.get('handler') ?? undefined, sort: q.get('sort') ?? undefined }).total;
}

describe('home page figures', () => {
  it('a clerk’s status figures count their own cases and equal the lists they link to', () => {
    const figures = dash.clerkDashboard(clerk).figures;
    const byKey = Object.fromEntries(figures.map((f) => [f.key, f.value]));
    expect(byKey).toMatchObject({ overdue: 2, paused: 1, awaiting_correction: 0, open: 4 });
    for (const f of figures.filter((f) => f.href.startsWith('/cases?'))) expect(listed(clerk, f.href), f.key).toBe(f.value);
  });

  it('a supervisor’s figures count the team', () => {
    const d = dash.supervisorDashboard(boss);
    const byKey = Object.fromEntries(d.figures.map((f) => [f.key, f.value]));
    expect(byKey).toMatchObject({ overdue: 3, paused: 1, awaiting_correction: 1, open: 6 });
    for (const f of d.figures) expect(listed(boss, f.href), f.key).toBe(f.value);
    expect(d.onTime).toEqual({ closed: 1, onTime: 1, rate: 1 });
    expect(d.intake).toHaveLength(12);
    expect(d.intake.reduce((n, m) => n + m.count, 0)).toBe(7);
    expect(d.outcomes.find((g) => g.key === 'disclosed')?.total).toBe(d.year === Number(today.slice(0, 4)) ? 1 : 0);
    expect(d.workload.map((w) => [w.handlerName, w.open, w.overdue])).toEqual([
      ['登记员甲', 4, 2],
      ['登记员乙', 2, 1],
    ]);
  });

  it('the workload marks a handler who has left yet still has cases, as the list’s handler filter does', async () => {
    const users = await import('@/lib/data/users');
    const { handlerLabel, handlerOptionLabel } = await import('@/lib/domain/case-list/list-address');
    const address = await import('@/lib/data/case-list-address');
    users.setUserActive(admin, other.id!, false);
    try {
      const rows = dash.supervisorDashboard(boss).workload;
      expect(rows.map((w) => [w.handlerName, w.active])).toEqual([
        ['登记员甲', true],
        ['登记员乙', false],
      ]);
      const option = address.handlerFilterOptions(boss).find((h) => h.id === other.id)!;
      expect(rows.map((w) => handlerLabel(w.handlerName, w.active))).toEqual(['登记员甲', handlerOptionLabel(option)]);
      expect(handlerOptionLabel(option)).toBe('登记员乙（已停用）');
    } finally {
      users.setUserActive(admin, other.id!, true);
    }
  });

  it('an administrator sees accounts, calendar, imports and the last backup', () => {
    const d = dash.adminDashboard(admin);
    expect(d.users).toMatchObject({ active: 4, inactive: 0, byRole: { clerk: 2, supervisor: 1, admin: 1 } });
    expect(d.lastBackup).toBeNull();
    expect(d.lastImport).toBeNull();
    expect(() => dash.adminDashboard(clerk)).toThrow();
    expect(() => dash.supervisorDashboard(clerk)).toThrow();
  });

  it("every administrator's user figure opens a list of exactly that many users", async () => {
    const users = await import('@/lib/data/users');
    const { getDb } = await import('@/db/client');
    const { readUserFilter, userListHref } = await import('@/lib/domain/user-filter');
    const gone = await makeStaff('gone', '已离职戊', 'clerk');
    users.setUserActive(admin, gone.id!, false);
    // One colleague has changed the initial password and turned on two-factor sign-in.
    getDb().$client.prepare('UPDATE users SET must_change_password = 0, totp_enabled_at = ? WHERE id = ?').run('2026-01-05T08:00:00.000Z', boss.id);
    const d = dash.adminDashboard(admin);
    expect(d.users).toEqual({ active: 4, inactive: 1, byRole: { clerk: 2, supervisor: 1, admin: 1 }, initialPassword: 3, noTwoFactor: 3 });
    const listed = (href: string) => {
      const q = new URL(href, 'http://x').searchParams;
      const { filter, notices } = readUserFilter({ status: q.get('status') ?? undefined, role: q.get('role') ?? undefined });
      expect(notices).toEqual([]);
      return users.listUsers(admin, filter).length;
    };
    expect(listed(userListHref({ status: 'active' }))).toBe(d.users.active);
    expect(listed(userListHref({ status: 'inactive' }))).toBe(d.users.inactive);
    expect(listed(userListHref({ status: 'initial_password' }))).toBe(d.users.initialPassword);
    expect(listed(userListHref({ status: 'no_two_factor' }))).toBe(d.users.noTwoFactor);
    for (const [role, n] of Object.entries(d.users.byRole)) expect(listed(userListHref({ status: 'active', role: role as Actor['role'] })), role).toBe(n);
    // A departed user's unchanged password is nobody's worry: counted only as 停用.
    expect(users.listUsers(admin, { status: 'initial_password', role: null }).map((u) => u.username)).not.toContain('gone');
    expect(listed(userListHref({}))).toBe(5);
  });
});
