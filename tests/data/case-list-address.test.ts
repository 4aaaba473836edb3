// The list's address read for a user: a handler filter is kept only for a handler the select offers
// (a departed clerk who still has cases among them), and the supervisor's 超期 figure under 按时办结率
// counts exactly the list it links to (closed late, replied this year).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/roles';
import { addDays, chinaDate } from '@/lib/domain/dates';
import { caseFields, CLI_ADMIN, createTempDatabase, makeStaff } from '../support/temp-db';

const temp = createTempDatabase('case-list-address');
const today = chinaDate(new Date());
const year = Number(today.slice(0, 4));

let address: typeof import('@/lib/data/case-list-address');
let list: typeof import('@/lib/data/case-list');
let board: typeof import('@/lib/data/review-board');
let clerk: Actor;
let leaver: Actor;
let idle: Actor;
let boss: Actor;

beforeAll(async () => {
  address = await import('@/lib/data/case-list-address');
  list = await import('@/lib/data/case-list');
  board = await import('@/lib/data/review-board');
  const cmd = await import('@/lib/data/case-commands');
  const { setUserActive } = await import('@/lib/data/users');
  clerk = await makeStaff('clerk.x', '登记员甲', 'clerk');
  leaver = await makeStaff('leaver.x', '已离职乙', 'clerk');
  idle = await makeStaff('idle.x', '离职无案丙', 'clerk');
  boss = await makeStaff('boss.x', '负责人丁', 'supervisor');
  const close = (id: number, repliedOn: string) => cmd.closeCase(clerk, id, { outcome: 'disclosed', repliedOn, replyDocNo: null, version: 1 });
  cmd.createCase(leaver, caseFields({ caseNo: 'AD-LEAVER', receivedOn: today, handlerId: leaver.id }));
  close(cmd.createCase(clerk, caseFields({ caseNo: 'AD-LATE-NOW', receivedOn: addDays(today, -90) })).id, today);
  close(cmd.createCase(clerk, caseFields({ caseNo: 'AD-LATE-BEFORE', receivedOn: `${year - 1}-01-05` })).id, `${year - 1}-06-01`);
  close(cmd.createCase(clerk, caseFields({ caseNo: 'AD-ON-TIME', receivedOn: today })).id, today);
  setUserActive(CLI_ADMIN, leaver.id!, false);
  setUserActive(CLI_ADMIN, idle.id!, false);
});
afterAll(() => temp.remove());

describe('the handler filter of the list', () => {
  it('offers handlers in post and a departed one who still has cases, not one who left without', () => {
    const options = address.handlerFilterOptions(boss);
    expect(options.find((o) => o.id === leaver.id)).toEqual({ id: leaver.id, displayName: '已离职乙', active: false });
    expect(options.find((o) => o.id === clerk.id)?.active).toBe(true);
    expect(options.some((o) => o.id === idle.id)).toBe(false);
  });

  it('keeps the filter for the departed handler and lists their case', () => {
    const read = address.readCaseListAddress(boss, { handler: String(leaver.id) });
    expect(read).toMatchObject({ filters: { handler: String(leaver.id) }, problems: [] });
    expect(list.listCases(boss, list.caseListFilters(read.filters)).rows.map((r) => r.caseNo)).toEqual(['AD-LEAVER']);
  });

  it('ignores an id that is no handler, with a message, rather than list nothing under 全部', () => {
    const read = address.readCaseListAddress(boss, { handler: '99999', status: 'open' });
    expect(read.filters).toEqual({ status: 'open' });
    expect(read.problems).toEqual(['承办人“99999”不存在或从未承办申请，已忽略这个条件。']);
  });
});

describe('the supervisor’s 超期 figure and its list', () => {
  it('count the same cases: closed late and replied this year', () => {
    const rate = board.onTimeRate(boss, year);
    const linked = list.listCases(boss, list.caseListFilters({ status: 'closed_late', replied: year }));
    expect(rate.closed - rate.onTime).toBe(1);
    expect(linked.total).toBe(rate.closed - rate.onTime);
    expect(linked.rows.map((r) => r.caseNo)).toEqual(['AD-LATE-NOW']);
    expect(list.listCases(boss, list.caseListFilters({ status: 'closed_late' })).total).toBe(2);
    expect(list.listCases(boss, list.caseListFilters({ status: 'closed', replied: year })).total).toBe(rate.closed);
  });
});
