import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/roles';
import { addDays, chinaDate } from '@/lib/domain/dates';
import { caseFields, createTempDatabase, makeStaff } from '../support/temp-db';

// The review page's lists and pending requests are kept while the database is unchanged
// (whileUnchanged): each write must show on the next read.

const tempDb = createTempDatabase('review-board');
const today = chinaDate(new Date());

let board: typeof import('@/lib/data/review-board');
let cmd: typeof import('@/lib/data/case-commands');
let steps: typeof import('@/lib/data/case-steps');
let clerk: Actor;
let boss: Actor;

beforeAll(async () => {
  cmd = await import('@/lib/data/case-commands');
  steps = await import('@/lib/data/case-steps');
  board = await import('@/lib/data/review-board');
  clerk = await makeStaff('clerk.r', '登记员甲', 'clerk');
  boss = await makeStaff('boss.r', '负责人乙', 'supervisor');
});

afterAll(() => tempDb.remove());

const overdueNos = () => board.getReviewBoard(boss).lists.overdue.rows.map((r) => r.caseNo);
const pendingNos = () => board.getReviewBoard(boss).pendingExtensions.map((x) => x.caseNo);

describe('the review board', () => {
  it('shows a new overdue case and a new extension request on the next read, and drops the request once decided', () => {
    expect(overdueNos()).toEqual([]);
    expect(pendingNos()).toEqual([]);
    cmd.createCase(clerk, caseFields({ caseNo: 'R-LATE', receivedOn: addDays(today, -60), applicantName: '甲超期' }));
    expect(overdueNos()).toEqual(['R-LATE']);

    const { id } = cmd.createCase(clerk, caseFields({ caseNo: 'R-EXT', receivedOn: today, applicantName: '乙延期' }));
    steps.recordClockEvent(clerk, id, 1, { kind: 'extension_requested', requestedOn: today, days: 10, reason: '需调取档案', requestedBy: clerk.displayName });
    expect(pendingNos()).toEqual(['R-EXT']);
    expect(board.listPendingExtensions(boss).map((x) => x.caseNo)).toEqual(['R-EXT']);

    steps.recordClockEvent(boss, id, 2, { kind: 'extension_decided', decidedOn: today, approved: false, approverName: boss.displayName, comment: '', notifiedOn: null });
    expect(pendingNos()).toEqual([]);
    expect(board.listPendingExtensions(boss)).toEqual([]);
  });

  it('is refused to a clerk', () => {
    expect(() => board.getReviewBoard(clerk)).toThrow();
    expect(() => board.listPendingExtensions(clerk)).toThrow();
  });
});
