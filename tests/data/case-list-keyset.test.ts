// The case list reads its pages by keyset: 下一页 / 上一页 continue from the row at the edge of the
// page, a jump to page N lands where OFFSET would, and every header sort orders by its column with
// the id breaking ties — on a register with many equal keys, so ties are exercised.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseListFilters } from '@/lib/data/case-list';
import { CASE_SORTS, type CaseSort } from '@/lib/domain/case-list/sorts';
import { addDays } from '@/lib/domain/dates';
import { SUPERVISOR } from '../support/report-db';
import { createTempDatabase } from '../support/temp-db';

const temp = createTempDatabase('case-list-keyset');
let list: typeof import('@/lib/data/case-list');
let client: import('better-sqlite3').Database;
const TOTAL = 237;

beforeAll(async () => {
  list = await import('@/lib/data/case-list');
  client = (await import('@/db/client')).getDb().$client;
  const insert = client.prepare(
    `INSERT INTO cases (case_no, received_on, registered_on, channel, applicant_type, applicant_name, content, replied_on, outcome, clock_start_on, reply_due_on, clock_state, created_at, updated_at)
     VALUES (?, ?, ?, 'online', 'natural_person', ?, '', ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let i = 0; i < TOTAL; i++) {
    const received = addDays('2024-01-01', i % 40); // many cases on each day
    const closed = i % 3 === 0;
    const due = i % 11 === 0 ? null : addDays(received, 28);
    insert.run(`K-${String((i * 7919) % 1000).padStart(3, '0')}-${i}`, received, received, `申请人${i % 17}`, closed ? addDays(received, 10) : null, closed ? 'disclosed' : null, received, due, closed ? 'closed' : 'running', `2024-02-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z`, `2024-02-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z`);
  }
});
afterAll(() => temp.remove());

const ids = (f: CaseListFilters) => list.listCases(SUPERVISOR, f).rows.map((r) => r.id);

/** The whole list in order, as OFFSET would give it: the reference the keyset pages must match. */
function reference(sort: CaseSort): number[] {
  const spec = CASE_SORTS[sort];
  const column = { receivedOn: 'received_on', caseNo: 'case_no', applicantName: 'applicant_name', replyDueOn: "coalesce(reply_due_on, '9999-12-31')", repliedOn: "coalesce(replied_on, '')", updatedAt: 'updated_at' }[spec.column];
  return (client.prepare(`SELECT id FROM cases ORDER BY ${column} ${spec.direction}, id ${spec.direction}`).pluck().all() as number[]);
}

describe('keyset pages', () => {
  it.each(Object.keys(CASE_SORTS) as CaseSort[])('walk forwards and backwards through %s exactly as OFFSET would', (sort) => {
    const all = reference(sort);
    const pages = Math.ceil(TOTAL / list.PAGE_SIZE);
    const forward: number[][] = [];
    let page = list.listCases(SUPERVISOR, { sort });
    forward.push(page.rows.map((r) => r.id));
    expect(page.prev).toBeNull();
    for (let n = 2; n <= pages; n++) {
      page = list.listCases(SUPERVISOR, { sort, page: n, after: page.next! });
      expect(page.page).toBe(n);
      forward.push(page.rows.map((r) => r.id));
    }
    expect(page.next).toBeNull();
    expect(forward.flat()).toEqual(all);
    for (let n = pages - 1; n >= 1; n--) {
      page = list.listCases(SUPERVISOR, { sort, page: n, before: page.prev! });
      expect(page.rows.map((r) => r.id), `${sort} page ${n} backwards`).toEqual(forward[n - 1]);
    }
    expect(page).toMatchObject({ page: 1, prev: null });
  });

  it('a jump to page N, from either end, gives the page OFFSET would', () => {
    const all = reference('received_desc');
    for (const n of [1, 2, 3, 4, 5]) {
      const start = (n - 1) * list.PAGE_SIZE;
      expect(ids({ page: n }), `page ${n}`).toEqual(all.slice(start, start + list.PAGE_SIZE));
    }
  });

  it('a jump with a filter: the rows of that page, with cursors to its neighbours', () => {
    const all = (client.prepare(`SELECT id FROM cases WHERE replied_on IS NULL ORDER BY received_on ASC, id ASC`).pluck().all() as number[]);
    const third = list.listCases(SUPERVISOR, { status: 'open', sort: 'received_asc', page: 3 });
    expect(third.rows.map((r) => r.id)).toEqual(all.slice(100, 150));
    expect(ids({ status: 'open', sort: 'received_asc', page: 2, before: third.prev! })).toEqual(all.slice(50, 100));
    expect(ids({ status: 'open', sort: 'received_asc', page: 4, after: third.next! })).toEqual(all.slice(150, 200));
  });

  it('a cursor of another sort, or one cut by hand, is ignored: page 1, and said so', () => {
    const next = list.listCases(SUPERVISOR, { sort: 'case_no' }).next!;
    for (const after of [next, 'received_desc~x~', 'garbage']) {
      const page = list.listCases(SUPERVISOR, { page: 2, after });
      expect(page).toMatchObject({ page: 1, badCursor: true });
      expect(page.rows.map((r) => r.id)).toEqual(reference('received_desc').slice(0, list.PAGE_SIZE));
    }
  });

  it('a smaller page size for the review page', () => {
    expect(ids({ sort: 'case_no', pageSize: 10 })).toEqual(reference('case_no').slice(0, 10));
    expect(list.listCases(SUPERVISOR, { pageSize: 10 }).pageCount).toBe(Math.ceil(TOTAL / 10));
  });
});
