import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readListFilters } from '@/lib/domain/case-list/list-filters';
import type { CaseListFilters } from '@/lib/data/case-list';
import type { OutcomeCode } from '@/lib/domain/categories';
import type { Actor } from '@/lib/domain/roles';
import type { CaseFields } from '@/lib/domain/validation/case';
import { caseFields, createTempDatabase, makeStaff } from '../support/temp-db';

const tempDb = createTempDatabase('case-list');

let list: typeof import('@/lib/data/case-list');
let clerkA: Actor;
let clerkB: Actor;
let boss: Actor;
let admin: Actor;

type Seed = Partial<CaseFields> & { caseNo: string; by?: 'A' | 'B' | 'boss'; unassign?: boolean; close?: { outcome: OutcomeCode; repliedOn: string } };

// The register the searches run against. Underscores, percent signs and backslashes appear only
// where a test looks for them literally.
const SEEDS: Seed[] = [
  { caseNo: '2026-0001', receivedOn: '2026-01-05', applicantName: '张三', content: '申请公开 2025 年度财政预算执行情况', idNumber: '330102199001011234', by: 'A', close: { outcome: 'disclosed', repliedOn: '2026-01-20' } },
  { caseNo: '2026-0002', receivedOn: '2026-02-10', applicantType: 'commercial', applicantName: '杭州某某科技有限公司', content: '请提供补贴增长 100% 的依据', by: 'B' },
  { caseNo: '2026-0003', receivedOn: '2026-03-15', applicantType: 'legal_service', applicantName: '浙江某律师事务所', content: '100 percent 相关文件', by: 'A', close: { outcome: 'partial', repliedOn: '2026-04-01' } },
  { caseNo: 'HZ_2026_01', receivedOn: '2026-04-01', applicantName: '王五', content: '关于拆迁补偿的文件', by: 'B' },
  { caseNo: 'HZX2026X02', receivedOn: '2026-04-02', applicantName: '赵六', content: '路径 C:\\公开\\目录 下的文件', by: 'boss' },
  { caseNo: '2025-0099', receivedOn: '2025-12-30', applicantType: 'research', applicantName: '某大学研究院', content: '研究数据', by: 'boss', unassign: true },
  { caseNo: '2026-0007', receivedOn: '2026-01-05', applicantName: '钱七', content: '不予公开的申请', by: 'A', close: { outcome: 'withheld.third_party', repliedOn: '2026-02-01' } },
];

beforeAll(async () => {
  const cmd = await import('@/lib/data/case-commands');
  list = await import('@/lib/data/case-list');
  const make = makeStaff;
  clerkA = await make('clerk.a', '登记员甲', 'clerk');
  clerkB = await make('clerk.b', '登记员乙', 'clerk');
  boss = await make('boss', '负责人丙', 'supervisor');
  admin = await make('admin', '管理员丁', 'admin');
  for (const { by, unassign, close, ...fields } of SEEDS) {
    const actor = { A: clerkA, B: clerkB, boss }[by ?? 'A'];
    const { id } = cmd.createCase(actor, caseFields(fields));
    if (unassign) cmd.updateCase(boss, id, 1, caseFields({ ...fields, handlerId: null }));
    if (close) cmd.closeCase(boss, id, { ...close, replyDocNo: null, version: unassign ? 2 : 1 });
  }
});

afterAll(() => tempDb.remove());

const numbers = (f: CaseListFilters, actor: Actor = boss) => list.listCases(actor, { sort: 'case_no', ...f }).rows.map((r) => r.caseNo);

describe('listCases search', () => {
  it.each([
    ['a case number', '0002', ['2026-0002']],
    ['an applicant name', '律师', ['2026-0003']],
    ['the content', '财政预算', ['2026-0001']],
    ['text across fields', '2026-000', ['2026-0001', '2026-0002', '2026-0003', '2026-0007']],
    ['a trimmed query', '  王五 ', ['HZ_2026_01']],
    ['% literally', '100%', ['2026-0002']],
    ['a lone %', '%', ['2026-0002']],
    ['_ literally', 'HZ_2026', ['HZ_2026_01']],
    ['a lone _', '_', ['HZ_2026_01']],
    ['a backslash literally', 'C:\\公开', ['HZX2026X02']],
    ['nothing', '不存在的内容', []],
  ])('finds %s', (_label, q, expected) => {
    expect(numbers({ q })).toEqual(expected);
  });

  it('treats an empty query as no filter', () => {
    expect(list.listCases(boss, { q: '   ' }).total).toBe(SEEDS.length);
  });
});

describe('listCases filters', () => {
  it('filters by status', () => {
    expect(numbers({ status: 'closed' })).toEqual(['2026-0001', '2026-0003', '2026-0007']);
    expect(numbers({ status: 'open' })).toEqual(['2025-0099', '2026-0002', 'HZX2026X02', 'HZ_2026_01']);
  });

  it('filters by applicant type, outcome and received year', () => {
    expect(numbers({ applicantType: 'commercial' })).toEqual(['2026-0002']);
    expect(numbers({ outcome: 'partial' })).toEqual(['2026-0003']);
    expect(numbers({ outcome: 'withheld.third_party' })).toEqual(['2026-0007']);
    expect(numbers({ year: 2025 })).toEqual(['2025-0099']);
    expect(numbers({ year: 2026 })).toHaveLength(6);
    expect(numbers({ year: 2024 })).toEqual([]);
  });

  it('filters by an outcome group of table 三 and by the received month', () => {
    expect(numbers({ outcome: 'withheld' })).toEqual(['2026-0007']);
    expect(numbers({ month: '2026-04' }).sort()).toEqual(['HZX2026X02', 'HZ_2026_01']);
    expect(numbers({ month: '2025-12', outcome: 'withheld' })).toEqual([]);
  });

  it('ignores codes it does not know rather than matching nothing', () => {
    expect(numbers({ applicantType: 'alien', outcome: 'withheld.*', month: '2026-13', status: 'whatever' })).toHaveLength(SEEDS.length);
  });

  it('filters by handler: a user id, me, or none', () => {
    expect(numbers({ handler: String(clerkA.id) })).toEqual(['2026-0001', '2026-0003', '2026-0007']);
    expect(numbers({ handler: 'me' }, clerkB)).toEqual(['2026-0002', 'HZ_2026_01']);
    expect(numbers({ handler: 'none' })).toEqual(['2025-0099']);
  });

  it('combines filters', () => {
    expect(numbers({ status: 'closed', handler: String(clerkA.id), year: 2026, q: '公开' })).toEqual(['2026-0001', '2026-0007']);
  });

  it('shows every case to every role, with the id number masked', () => {
    for (const actor of [clerkA, clerkB, boss, admin]) expect(list.listCases(actor, {}).total).toBe(SEEDS.length);
    const [row] = list.listCases(clerkB, { q: '张三' }).rows;
    expect(row).toMatchObject({ idNumberMasked: '3301**********1234', handlerName: '登记员甲', closed: true, outcome: 'disclosed', outcomeLabel: '(一)予以公开' });
    expect(JSON.stringify(row)).not.toContain('330102199001011234');
  });
});

describe('listCases sorting', () => {
  it('sorts by received date, newest first by default, ties by id', () => {
    const desc = ['HZX2026X02', 'HZ_2026_01', '2026-0003', '2026-0002', '2026-0007', '2026-0001', '2025-0099'];
    expect(list.listCases(boss, {}).rows.map((r) => r.caseNo)).toEqual(desc);
    expect(numbers({ sort: 'received_desc' })).toEqual(desc);
    expect(numbers({ sort: 'no-such-sort' })).toEqual(desc);
    expect(numbers({ sort: 'received_asc' })).toEqual(['2025-0099', '2026-0001', '2026-0007', '2026-0002', '2026-0003', 'HZ_2026_01', 'HZX2026X02']);
  });

  it('sorts by case number and by reply date with open cases last', () => {
    expect(numbers({})).toEqual(['2025-0099', '2026-0001', '2026-0002', '2026-0003', '2026-0007', 'HZX2026X02', 'HZ_2026_01']);
    expect(numbers({ sort: 'replied_desc' }).slice(0, 3)).toEqual(['2026-0003', '2026-0007', '2026-0001']);
    expect(list.listCases(boss, { sort: 'replied_desc' }).rows.slice(3).every((r) => r.repliedOn === null)).toBe(true);
  });
});

describe('listCases pagination', () => {
  const BULK = 53;

  beforeAll(async () => {
    const cmd = await import('@/lib/data/case-commands');
    for (let i = 1; i <= BULK; i++) {
      cmd.createCase(clerkA, caseFields({ caseNo: `P-${String(i).padStart(3, '0')}`, receivedOn: '2026-05-01', applicantName: `批量申请人${i}` }));
    }
  });

  it('returns PAGE_SIZE rows a page and the rest on the last page', () => {
    expect(list.PAGE_SIZE).toBe(50);
    const first = list.listCases(boss, { q: '批量', sort: 'case_no' });
    expect(first).toMatchObject({ total: BULK, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(list.PAGE_SIZE);
    expect(first.rows[0].caseNo).toBe('P-001');
    const second = list.listCases(boss, { q: '批量', sort: 'case_no', page: 2 });
    expect(second.rows.map((r) => r.caseNo)).toEqual(['P-051', 'P-052', 'P-053']);
    const ids = new Set([...first.rows, ...second.rows].map((r) => r.id));
    expect(ids.size).toBe(BULK);
  });

  it('shows the 每页 the address asks for, 20 when it names none, and never more than 100 rows', () => {
    const filters = (size?: string) => list.caseListFilters(readListFilters((field) => (({ q: '批量', sort: 'case_no', size }) as Record<string, string | undefined>)[field]).filters);
    const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `P-${String(from + i).padStart(3, '0')}`);
    const twenty = list.listCases(boss, filters());
    expect(twenty).toMatchObject({ total: BULK, pageCount: 3 });
    expect(twenty.rows.map((r) => r.caseNo)).toEqual(numbers(1, 20));
    const third = list.listCases(boss, { ...filters(), page: 3 });
    expect(third.rows.map((r) => r.caseNo)).toEqual(numbers(41, BULK));
    const fifty = list.listCases(boss, filters('50'));
    expect(fifty).toMatchObject({ pageCount: 2 });
    expect(list.listCases(boss, { ...filters('50'), after: fifty.next!, page: 2 }).rows.map((r) => r.caseNo)).toEqual(numbers(51, BULK));
    expect(list.listCases(boss, filters('100'))).toMatchObject({ pageCount: 1, next: null });
    expect(list.listCases(boss, filters('100')).rows).toHaveLength(BULK);
    expect(list.listCases(boss, { q: '批量', pageSize: 500 }).rows).toHaveLength(BULK);
  });

  it('clamps the page number into range', () => {
    expect(list.listCases(boss, { q: '批量', page: 99 })).toMatchObject({ page: 2 });
    expect(list.listCases(boss, { q: '批量', page: 0 })).toMatchObject({ page: 1 });
    expect(list.listCases(boss, { q: '批量', page: 1.7 })).toMatchObject({ page: 1 });
    expect(list.listCases(boss, { q: '不存在', page: 3 })).toMatchObject({ total: 0, page: 1, pageCount: 1, rows: [] });
  });

  it('counts every case in the total, not only one page', () => {
    expect(list.listCases(boss, {}).total).toBe(SEEDS.length + BULK);
    expect(list.listCases(boss, {}).pageCount).toBe(2);
  });

  it('counts anew after a write, for the same filters asked again', async () => {
    const cmd = await import('@/lib/data/case-commands');
    const before = list.listCases(boss, { q: '计数' }).total;
    const all = list.listCases(boss, {}).total;
    cmd.createCase(clerkA, caseFields({ caseNo: 'COUNT-1', receivedOn: '2026-05-06', content: '计数之后登记' }));
    expect(list.listCases(boss, { q: '计数' }).total).toBe(before + 1);
    expect(list.listCases(boss, {}).total).toBe(all + 1);
    expect(list.listCases(clerkA, { handler: 'me', q: '计数' }).total).toBe(1);
    expect(list.listCases(clerkB, { handler: 'me', q: '计数' }).total).toBe(0);
  });
});
