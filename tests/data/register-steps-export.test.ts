// The register export carries the clock (INTERFACES §1): the step columns, 答复期限, 期限暂定, 办理状态
// and 超期工作日; and export → import into an empty database gives the same steps, deadlines and
// statuses, in XLSX and CSV, for steps imported from a file and steps entered on the case page.
// Today is pinned to 2026-12-10 (a Thursday), so that statuses do not depend on the day of the run.
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cases } from '@/db/schema';
import type { ClockEvent } from '@/lib/domain/clock';
import { formatProblem, parseCsv } from '@/lib/domain/register';
import type { Actor } from '@/lib/domain/roles';
import { caseFields, CLI_ADMIN, createTempDatabase } from '../support/temp-db';

vi.useFakeTimers({ toFake: ['Date'] });
vi.setSystemTime(new Date('2026-12-10T04:00:00Z'));

const source = createTempDatabase('steps-export');
const SUPERVISOR: Actor = { id: null, username: 'boss', displayName: '负责人', role: 'supervisor' };
afterAll(() => {
  vi.useRealTimers();
  return source.remove();
});

const HEADER = '申请编号,收到日期,申请人类型,申请人,答复日期,办理结果,补正告知日期,补正收到日期,征求意见日期,征求意见答复日期,收费通知日期,缴费日期,收费金额,延期工作日,延期告知日期';
const REGISTER = [
  HEADER,
  'X-LATE,2024-03-01,自然人,甲,2024-04-03,予以公开,,,,,,,,,',
  'X-STEPS,2024-03-01,自然人,乙,2024-04-22,部分公开,2024-03-05,2024-03-12,2024-03-13,2024-03-19,2024-03-25,2024-03-26,300,3,2024-04-08',
  'X-OVERDUE,2026-11-02,商业,丙公司,,,,,,,,,,,',
  'X-2027,2026-12-01,自然人,丁,,,,,,,,,,20,2026-12-08',
  'X-FEE,2026-11-16,自然人,戊,,,,,2026-11-17,,2026-11-18,,,,',
  'X-CORR,2026-12-01,自然人,己,,,2026-12-03,,,,,,,,',
].join('\n');

async function switchDatabase(file: string) {
  process.env.DATABASE_PATH = file;
  return (await import('@/db/client')).getDb();
}

/** The exported CSV as one record per case: header → cell. */
async function exported(format: 'csv' | 'xlsx' = 'csv') {
  const { exportRegister } = await import('@/lib/data/register-export');
  return exportRegister(SUPERVISOR, format);
}
function records(csv: Buffer): Map<string, Record<string, string>> {
  const [header, ...rows] = parseCsv(csv.toString('utf8'));
  return new Map(rows.map((r) => [r[0], Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))]));
}
const CLOCK_COLUMNS = ['答复期限', '期限暂定', '办理状态', '超期工作日'];
const STEP_COLUMNS = ['补正告知日期', '补正收到日期', '征求意见日期', '征求意见答复日期', '收费通知日期', '缴费日期', '收费金额', '延期工作日', '延期告知日期'];
const pick = (r: Record<string, string>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, r[k]]));

async function importFile(body: Buffer, fileName: string) {
  const { prepareImport } = await import('@/lib/import/prepare-import');
  const prepared = await prepareImport(CLI_ADMIN, 'register', body, fileName, '2026-12-10');
  if (!prepared.ok) throw new Error(prepared.fileError ?? prepared.problems.map(formatProblem).join('\n'));
  return prepared.run();
}

beforeAll(async () => {
  const db = await switchDatabase(source.file);
  await importFile(Buffer.from(REGISTER, 'utf8'), 'register.csv');
  // Steps entered on the case page, with what a register has no column for: a fee charged by
  // pages, a second consultation, a refused extension before the approved one.
  const { createCase } = await import('@/lib/data/case-commands');
  const { recordClockEvent } = await import('@/lib/data/case-steps');
  const { id } = createCase(SUPERVISOR, caseFields({ caseNo: 'X-PAGE', receivedOn: '2026-09-01' }));
  const events: ClockEvent[] = [
    { kind: 'consultation_sent', sentOn: '2026-09-02', party: '某公司', partyKind: 'third_party' },
    { kind: 'consultation_answered', answeredOn: '2026-09-04' },
    { kind: 'fee_notified', noticeOn: '2026-09-07', deliveredOn: '2026-09-08', method: 'per_page', quantity: 250, amount: 4700 },
    { kind: 'consultation_sent', sentOn: '2026-09-09', party: '某局', partyKind: 'agency' },
    { kind: 'fee_paid', paidOn: '2026-09-10' },
    { kind: 'consultation_answered', answeredOn: '2026-09-15' },
    { kind: 'extension_requested', requestedOn: '2026-09-16', days: 20, reason: '档案', requestedBy: '王芳' },
    { kind: 'extension_decided', decidedOn: '2026-09-17', approved: false, approverName: '李强', notifiedOn: null, comment: '' },
    { kind: 'extension_requested', requestedOn: '2026-09-18', days: 8, reason: '档案', requestedBy: '王芳' },
    { kind: 'extension_decided', decidedOn: '2026-09-21', approved: true, approverName: '李强', notifiedOn: '2026-09-22', comment: '' },
  ];
  for (const e of events) recordClockEvent(SUPERVISOR, id, db.select().from(cases).where(eq(cases.id, id)).get()!.version, e);
});

describe('register export with steps', () => {
  it('writes the steps, the deadline, provisional mark, status and working days late', async () => {
    const rows = records((await exported()).body);
    expect(pick(rows.get('X-LATE')!, CLOCK_COLUMNS)).toEqual({ 答复期限: '2024-03-29', 期限暂定: '', 办理状态: '超期办结', 超期工作日: '3' });
    expect(pick(rows.get('X-STEPS')!, [...STEP_COLUMNS, ...CLOCK_COLUMNS])).toEqual({
      补正告知日期: '2024-03-05',
      补正收到日期: '2024-03-12',
      征求意见日期: '2024-03-13',
      征求意见答复日期: '2024-03-19',
      收费通知日期: '2024-03-25',
      缴费日期: '2024-03-26',
      收费金额: '300',
      延期工作日: '3',
      延期告知日期: '2024-04-08',
      答复期限: '2024-04-22',
      期限暂定: '',
      办理状态: '按时办结',
      超期工作日: '',
    });
    expect(pick(rows.get('X-OVERDUE')!, CLOCK_COLUMNS)).toEqual({ 答复期限: '2026-11-30', 期限暂定: '', 办理状态: '已超期', 超期工作日: '8' });
    expect(pick(rows.get('X-2027')!, CLOCK_COLUMNS)).toEqual({ 答复期限: '2027-01-26', 期限暂定: '是', 办理状态: '正常', 超期工作日: '' });
    expect(rows.get('X-FEE')!['办理状态']).toBe('暂停（待缴费）');
    expect(rows.get('X-CORR')!['办理状态']).toBe('待补正');
    expect(pick(rows.get('X-PAGE')!, STEP_COLUMNS)).toEqual({
      补正告知日期: '',
      补正收到日期: '',
      征求意见日期: '2026-09-02；2026-09-09',
      征求意见答复日期: '2026-09-04；2026-09-15',
      收费通知日期: '2026-09-07',
      缴费日期: '2026-09-10',
      收费金额: '4700',
      延期工作日: '8',
      延期告知日期: '2026-09-22',
    });
  });

  it('export → import into an empty database gives the same steps, deadlines and statuses (xlsx and csv)', async () => {
    const expected = records((await exported()).body);
    const files = { csv: (await exported('csv')).body, xlsx: (await exported('xlsx')).body };
    for (const format of ['csv', 'xlsx'] as const) {
      await switchDatabase(path.join(source.dir, `empty-${format}.sqlite`));
      expect(await importFile(files[format], `register.${format}`)).toMatchObject({ created: expected.size, updated: 0 });
      const again = records((await exported()).body);
      expect([...again.keys()]).toEqual([...expected.keys()]);
      for (const [caseNo, row] of expected) {
        expect({ caseNo, ...pick(again.get(caseNo)!, [...STEP_COLUMNS, ...CLOCK_COLUMNS]) }).toEqual({ caseNo, ...pick(row, [...STEP_COLUMNS, ...CLOCK_COLUMNS]) });
      }
      // The same file again into the database it built: nothing to do.
      expect(await importFile(files[format], `register.${format}`)).toMatchObject({ created: 0, updated: 0, unchanged: expected.size });
    }
    await switchDatabase(source.file);
  }, 60_000);
});
