// Search over the case index (FTS5 trigram, drizzle/0010_case_search.sql): any substring of the case
// number, the applicant or the request, of any length, found through the index and kept in step with
// every insert, change and removal of a case, whoever makes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/roles';
import { NO_STEPS } from '@/lib/domain/register/register-steps';
import { caseFields, CLI_ADMIN, createTempDatabase, makeStaff } from '../support/temp-db';

const temp = createTempDatabase('case-search');
let list: typeof import('@/lib/data/case-list');
let cmd: typeof import('@/lib/data/case-commands');
let client: import('better-sqlite3').Database;
let boss: Actor;

beforeAll(async () => {
  list = await import('@/lib/data/case-list');
  cmd = await import('@/lib/data/case-commands');
  client = (await import('@/db/client')).getDb().$client;
  boss = await makeStaff('boss', '负责人', 'supervisor');
  cmd.createCase(boss, caseFields({ caseNo: 'S-0001', applicantName: '张三', content: '申请公开拆迁补偿方案' }));
  cmd.createCase(boss, caseFields({ caseNo: 'S-0002', applicantName: '李四', content: '关于征收的会议纪要，涉及拆迁' }));
  cmd.createCase(boss, caseFields({ caseNo: 'HZ-0003', applicantName: 'Acme 公司', content: '预算' }));
});
afterAll(() => temp.remove());

const found = (q: string, extra: object = {}) => list.listCases(boss, { q, sort: 'case_no', ...extra }).rows.map((r) => r.caseNo);

describe('case search', () => {
  it('finds one- and two-character text anywhere, the end of a value included', () => {
    expect(found('张三')).toEqual(['S-0001']); // a whole two-character name
    expect(found('三')).toEqual(['S-0001']); // the last character of a value
    expect(found('拆迁')).toEqual(['S-0001', 'S-0002']); // inside the text and at its end
    expect(found('算')).toEqual(['HZ-0003']); // a one-character value's end
    expect(found('预算')).toEqual(['HZ-0003']); // a value of exactly two characters
    expect(found('王')).toEqual([]);
  });

  it('finds longer text as a phrase, case-insensitively, in any of the three fields', () => {
    expect(found('拆迁补偿')).toEqual(['S-0001']);
    expect(found('acme')).toEqual(['HZ-0003']);
    expect(found('hz-000')).toEqual(['HZ-0003']);
    expect(found('补偿方案x')).toEqual([]);
    expect(found('"; DROP')).toEqual([]);
  });

  it('follows changes: an edited request is found by its new text only; a removed case is gone', () => {
    const id = client.prepare(`SELECT id FROM cases WHERE case_no = 'S-0002'`).pluck().get() as number;
    cmd.updateCase(boss, id, 1, caseFields({ caseNo: 'S-0002', applicantName: '李四', content: '政府采购合同' }));
    expect(found('拆迁')).toEqual(['S-0001']);
    expect(found('采购')).toEqual(['S-0002']);
    // Written straight into the database (another program, a restore): the index follows as well.
    client.prepare(`UPDATE cases SET applicant_name = '王五' WHERE id = ?`).run(id);
    expect(found('王')).toEqual(['S-0002']);
    expect(found('李四')).toEqual([]);
    client.exec(`DELETE FROM case_events WHERE case_id = ${id}; DELETE FROM cases WHERE id = ${id}`);
    expect(found('王五')).toEqual([]);
  });

  it('a character followed by many different ones (a surname) is still one lookup, counted right', () => {
    const insert = client.prepare(
      `INSERT INTO cases (case_no, received_on, registered_on, channel, applicant_type, applicant_name, content, clock_start_on, created_at, updated_at)
       VALUES (?, '2026-03-02', '2026-03-02', 'online', 'natural_person', ?, '', '2026-03-02', 'x', 'x')`,
    );
    const given = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北金木水火土日月星山川河海风云雷电江湖松竹梅兰菊红黄蓝白黑';
    [...given].forEach((c, i) => insert.run(`W-${String(i).padStart(3, '0')}`, `欧${c}`));
    const page = list.listCases(boss, { q: '欧', sort: 'case_no' });
    expect(page.total).toBe([...given].length);
    expect(page.rows).toHaveLength(list.PAGE_SIZE);
    expect(found('欧红')).toEqual(['W-' + String([...given].indexOf('红')).padStart(3, '0')]);
  });

  it('with many matches, pages read in the sort order and the count is exact', () => {
    const insert = client.prepare(
      `INSERT INTO cases (case_no, received_on, registered_on, channel, applicant_type, applicant_name, content, clock_start_on, created_at, updated_at)
       VALUES (?, ?, ?, 'online', 'natural_person', '申请人', '申请公开河道整治资金', ?, 'x', 'x')`,
    );
    client.transaction(() => {
      for (let i = 0; i < 1200; i++) {
        const d = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        insert.run(`R-${i}`, d, d, d);
      }
    })();
    const expected = client.prepare(`SELECT id FROM cases WHERE content LIKE '%河道%' ORDER BY received_on DESC, id DESC`).pluck().all() as number[];
    const first = list.listCases(boss, { q: '河道' });
    expect(first.total).toBe(1200);
    expect(first.rows.map((r) => r.id)).toEqual(expected.slice(0, list.PAGE_SIZE));
    const second = list.listCases(boss, { q: '河道', page: 2, after: first.next! });
    expect(second.rows.map((r) => r.id)).toEqual(expected.slice(list.PAGE_SIZE, 2 * list.PAGE_SIZE));
    expect(list.listCases(boss, { q: '河道整治', page: 24 }).rows.map((r) => r.id)).toEqual(expected.slice(23 * list.PAGE_SIZE));
    expect(list.listCases(boss, { q: '河道', year: 2025, status: 'open' }).total).toBe(1200);
  });

  it('finds the cases of a register import, which indexes each batch in one statement, and keeps its trigger', async () => {
    const imp = await import('@/lib/data/register-import');
    const row = (n: number, applicantName: string, content: string) => ({
      rowNumber: n + 1,
      caseNo: `IMP-${n}`,
      receivedOn: '2024-03-01',
      applicantType: 'natural_person' as const,
      applicantName,
      channel: null,
      content,
      repliedOn: n === 2 ? '2024-03-20' : null,
      outcome: n === 2 ? ('disclosed' as const) : null,
      replyDocNo: null,
      handler: null,
      registeredOn: null,
      steps: NO_STEPS,
    });
    const summary = await imp.importRegister(CLI_ADMIN, [row(1, '欧阳锋', '河道疏浚工程验收报告'), row(2, '黄药师', '桃花岛规划')], { fileName: 'search.csv' });
    expect(summary.created).toBe(2);
    expect(found('疏浚')).toEqual(['IMP-1']);
    expect(found('药师')).toEqual(['IMP-2']);
    expect(found('IMP-')).toEqual(['IMP-1', 'IMP-2']);
    expect(client.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'case_search_insert'`).pluck().get()).toBe(1);
    // Its batches are written unmerged (automerge 0), and the index's merging is put back as it was (FTS5's default).
    expect(client.prepare(`SELECT v FROM case_search_config WHERE k = 'automerge'`).pluck().get()).toBe(4);
    // A case registered after the import is indexed by the trigger again.
    cmd.createCase(boss, caseFields({ caseNo: 'S-0009', applicantName: '洪七公', content: '丐帮' }));
    expect(found('洪七')).toEqual(['S-0009']);
  });
});
