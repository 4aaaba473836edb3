// The step columns of a register (INTERFACES §1) against a real database: imported steps are the
// events, audit records and stored clock a clerk would get by entering them on the case page; a bad
// step refuses the whole file; a re-import adds what is new and never changes or removes a step.
// Files go through the same reading path as the import page and the CLI.
import { Buffer } from 'node:buffer';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, caseEvents, cases } from '@/db/schema';
import { CLOCK_EVENT_KINDS, type ClockEvent } from '@/lib/domain/clock';
import { formatProblem } from '@/lib/domain/register';
import type { Actor } from '@/lib/domain/roles';
import { caseFields, CLI_ADMIN, countRows, createTempDatabase } from '../support/temp-db';

const temp = createTempDatabase('register-steps');
const SUPERVISOR: Actor = { id: null, username: 'boss', displayName: '负责人', role: 'supervisor' };
let db: Db;
let prepare: typeof import('@/lib/import/prepare-import').prepareImport;
let today: string;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  prepare = (await import('@/lib/import/prepare-import')).prepareImport;
  today = (await import('@/lib/data/today')).today();
});
afterAll(() => temp.remove());

const HEADER = '申请编号,收到日期,申请人类型,申请人,答复日期,办理结果,补正告知日期,补正收到日期,征求意见日期,征求意见答复日期,收费通知日期,缴费日期,收费金额,延期工作日,延期告知日期';

async function file(csv: string) {
  return prepare(CLI_ADMIN, 'register', Buffer.from(csv, 'utf8'), 'steps.csv', today);
}
async function run(csv: string) {
  const prepared = await file(csv);
  if (!prepared.ok) throw new Error(prepared.problems.map(formatProblem).join('\n'));
  return prepared.run();
}
async function preview(csv: string) {
  const prepared = await file(csv);
  if (!prepared.ok) throw new Error(prepared.problems.map(formatProblem).join('\n'));
  return prepared.preview();
}
async function refused(csv: string): Promise<string[]> {
  const prepared = await file(csv);
  if (!prepared.ok) return prepared.problems.map(formatProblem);
  const p = prepared.preview();
  await expect(prepared.run()).rejects.toThrow();
  return p.problems.map(formatProblem);
}

const byNo = (caseNo: string) => db.select().from(cases).where(eq(cases.caseNo, caseNo)).get()!;
const clockColumns = (caseNo: string) => {
  const c = byNo(caseNo);
  return { clockStartOn: c.clockStartOn, replyDueOn: c.replyDueOn, clockState: c.clockState, dueProvisional: c.dueProvisional };
};
const stepEvents = (caseId: number) =>
  db
    .select({ kind: caseEvents.kind, occurredOn: caseEvents.occurredOn, data: caseEvents.data })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), inArray(caseEvents.kind, [...CLOCK_EVENT_KINDS])))
    .orderBy(asc(caseEvents.id))
    .all();
const stepAudit = (caseId: number) =>
  db
    .select({ action: auditLog.action, changes: auditLog.changes, note: auditLog.note })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(caseId)), eq(auditLog.action, 'case.event')))
    .orderBy(asc(auditLog.id))
    .all();
const eventKinds = (caseId: number) => db.select({ kind: caseEvents.kind }).from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)).all().map((e) => e.kind);
const snapshot = () => ({ cases: countRows(db.$client, 'cases'), events: countRows(db.$client, 'case_events'), audit: countRows(db.$client, 'audit_log') });

describe('importing step columns', () => {
  it('records each step as the case page does: the same events, audit records and stored clock', async () => {
    await run(
      [
        HEADER,
        'P-1,2024-03-01,自然人,甲,,,2024-03-05,2024-03-12,2024-03-13,2024-03-19,2024-03-25,2024-03-26,300,3,2024-04-08',
        'P-2,2024-03-01,自然人,乙,2024-04-30,予以公开,,,2024-03-11,2024-04-30,2024-03-15,2024-03-27,,,',
      ].join('\n'),
    );
    const { recordClockEvent } = await import('@/lib/data/case-steps');
    const { createCase, closeCase } = await import('@/lib/data/case-commands');
    for (const caseNo of ['P-1', 'P-2']) {
      const imported = byNo(caseNo);
      // The twin: the same case typed in on the case page, the same steps entered one by one.
      const twin = createCase(SUPERVISOR, caseFields({ caseNo: `${caseNo}-页面`, receivedOn: imported.receivedOn }));
      for (const e of stepEvents(imported.id)) {
        recordClockEvent(SUPERVISOR, twin.id, db.select().from(cases).where(eq(cases.id, twin.id)).get()!.version, { ...e.data, kind: e.kind } as ClockEvent);
      }
      if (imported.repliedOn) {
        const version = db.select().from(cases).where(eq(cases.id, twin.id)).get()!.version;
        closeCase(SUPERVISOR, twin.id, { outcome: 'disclosed', repliedOn: imported.repliedOn, replyDocNo: null, version });
      }
      expect(stepEvents(twin.id)).toEqual(stepEvents(imported.id));
      expect(stepAudit(twin.id)).toEqual(stepAudit(imported.id));
      expect(clockColumns(`${caseNo}-页面`)).toEqual(clockColumns(caseNo));
    }
    expect(clockColumns('P-1')).toMatchObject({ clockStartOn: '2024-03-12', replyDueOn: '2024-04-22', clockState: 'running' });
    // The consultation answered after its cap (04-01) pauses 15 working days; the fee pause lies within it.
    expect(clockColumns('P-2')).toMatchObject({ replyDueOn: '2024-04-22', clockState: 'closed' });
    expect(eventKinds(byNo('P-2').id)).toEqual(['imported', 'consultation_sent', 'fee_notified', 'fee_paid', 'consultation_answered', 'closed']);
    expect(stepAudit(byNo('P-1').id).map((a) => a.note)).toEqual(['通知补正', '收到补正', '征求意见', '收到意见', '发出收费通知', '申请人缴费', '申请延期', '延期审批']);
  });

  it('previews the deadline before and after for each case whose steps change, and writes nothing', async () => {
    const before = snapshot();
    const seen = await preview([HEADER, 'V-1,2024-03-01,自然人,丙,,,,,2024-03-11,2024-03-15,,,,,', 'V-2,2024-03-01,自然人,丁,,,,,,,,,,,'].join('\n'));
    expect(seen).toMatchObject({ created: 2, updated: 0, problems: [] });
    expect(seen.deadlines).toEqual(['申请编号 V-1（新增）：登记 征求意见日期 2024-03-11、征求意见答复日期 2024-03-15；答复期限 2024-03-29（未计办理步骤） → 2024-04-07']);
    expect(snapshot()).toEqual(before);
  });

  it('refuses the whole file for a bad step, naming row and column, and writes nothing', async () => {
    const before = snapshot();
    const problems = await refused(
      [
        HEADER,
        'B-1,2024-03-01,自然人,好,,,,,2024-03-11,2024-03-15,,,,,',
        'B-2,2024-03-01,自然人,坏,,,,,,,,2024-03-10,,,',
        'B-3,2024-03-01,自然人,坏,,,,,,,,,,21,2024-03-10',
        'B-4,2024-03-01,自然人,坏,,,,,,,,,,0,2024-03-10',
        'B-5,2024-03-01,自然人,坏,,,,,2024/13/01,,,,,,',
        'B-6,2024-03-01,自然人,坏,,,,,,,,,,10,2024-04-01',
        'B-7,2024-03-01,自然人,坏,2024-03-20,予以公开,,,2024-03-21,,,,,,',
        'B-8,2024-03-01,自然人,坏,,,2024-02-20,,,,,,,,',
      ].join('\n'),
    );
    expect(problems).toEqual([
      '第3行，“缴费日期”列：填写了缴费日期，须同时填写收费通知日期（先发出收费通知，申请人才能缴费）',
      expect.stringMatching(/^第4行，“延期工作日”列：延期工作日应为 1 至 20 之间的整数.*“21”$/),
      expect.stringMatching(/^第5行，“延期工作日”列：延期工作日应为 1 至 20 之间的整数.*“0”$/),
      '第6行，“征求意见日期”列：日期“2024/13/01”不存在（2024年13月没有1日），请核对月份和日期',
      '第7行，“延期告知日期”列：答复期限（2024-03-29）已届满，不能再申请延期（文件中为 2024-04-01）',
      '第8行，“征求意见日期”列：日期 2024-03-21 晚于答复日期 2024-03-20：答复后不能再登记办理步骤，答复日期不能早于办理步骤的日期，请核对',
      '第9行，“补正告知日期”列：日期不能早于收到申请日期（2024-03-01）（文件中为 2024-02-20）',
    ]);
    expect(snapshot()).toEqual(before);
  });
});

describe('re-importing step columns', () => {
  const first = [HEADER, 'R-1,2024-05-06,自然人,戊,,,,,2024-05-08,,2024-05-09,2024-05-10,120,,', 'R-2,2024-05-06,自然人,己,2024-06-20,予以公开,,,,,,,,,'].join('\n');

  it('changes nothing when the file says what the cases have', async () => {
    await run(first);
    const before = snapshot();
    expect(await run(first)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(snapshot()).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('adds the new steps only, to open and to closed cases (dated before the reply), and never reopens', async () => {
    const r1 = byNo('R-1');
    const next = [HEADER, 'R-1,2024-05-06,自然人,戊,,,,,2024-05-08,2024-05-20,,,,,', 'R-2,2024-05-06,自然人,己,,,,,,,,,,20,2024-05-31'].join('\n');
    const seen = await preview(next);
    expect(seen).toMatchObject({ created: 0, updated: 2, unchanged: 0, problems: [], changes: [] });
    expect(seen.deadlines).toEqual([
      // The open consultation paused up to its cap (05-28); answered on 05-20 it pauses 9 working days.
      '申请编号 R-1：登记 征求意见答复日期 2024-05-20；答复期限 2024-06-24 → 2024-06-14',
      '申请编号 R-2：登记 延期工作日 20、延期告知日期 2024-05-31；答复期限 2024-05-31 → 2024-07-01；办理状态 超期办结 → 按时办结',
    ]);
    expect(await run(next)).toMatchObject({ updated: 2 });
    expect(eventKinds(r1.id)).toEqual(['imported', 'consultation_sent', 'fee_notified', 'fee_paid', 'imported', 'consultation_answered']);
    expect(byNo('R-1')).toMatchObject({ version: r1.version + 1, replyDueOn: '2024-06-14', clockState: 'running' });
    expect(byNo('R-2')).toMatchObject({ repliedOn: '2024-06-20', clockState: 'closed', replyDueOn: '2024-07-01' });
  });

  it('refuses a step that differs from the recorded one, or comes after the stored reply', async () => {
    const before = snapshot();
    expect(await refused([HEADER, 'R-1,2024-05-06,自然人,戊,,,,,2024-05-07,,,,,,', 'R-2,2024-05-06,自然人,己,,,,,2024-06-21,,,,,,'].join('\n'))).toEqual([
      '第2行，“征求意见日期”列：系统中已登记的征求意见日期为 2024-05-08，与文件中的 2024-05-07 不同。导入不会修改或删除已登记的办理步骤，请按系统中的记录填写或留空',
      '第3行，“征求意见日期”列：日期 2024-06-21 晚于答复日期 2024-06-20：答复后不能再登记办理步骤，答复日期不能早于办理步骤的日期，请核对',
    ]);
    expect(snapshot()).toEqual(before);
  });
});
