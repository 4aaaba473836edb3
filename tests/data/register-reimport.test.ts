// Re-importing a register over cases the system already holds (INTERFACES §1): a file updates a
// case only with what it says, never reopens a closed case, cannot move the received date past a
// recorded step nor a reply before one, shows in the preview what it would change, and writes
// audit records with names. Files go through the same reading path as the import page and the CLI.
import { Buffer } from 'node:buffer';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, caseEvents, cases } from '@/db/schema';
import { ImportRejectedError } from '@/lib/domain/import-errors';
import type { Actor } from '@/lib/domain/roles';
import { CLI_ADMIN, countRows, createTempDatabase, makeStaff, rejection } from '../support/temp-db';

const temp = createTempDatabase('register-reimport');
let db: Db;
let prepare: typeof import('@/lib/import/prepare-import').prepareImport;
let today: string;
let wang: Actor;
let chen: Actor;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  prepare = (await import('@/lib/import/prepare-import')).prepareImport;
  today = (await import('@/lib/data/today')).today();
  wang = await makeStaff('wangfang', '王芳', 'clerk');
  chen = await makeStaff('chenjing', '陈静', 'clerk');
});
afterAll(() => temp.remove());

const FULL = '申请编号,收到日期,申请人类型,申请人,申请方式,申请内容,答复日期,办理结果,答复文号,办理人';

async function file(csv: string, name = 'register.csv') {
  const prepared = await prepare(CLI_ADMIN, 'register', Buffer.from(csv, 'utf8'), name, today);
  if (!prepared.ok) throw new Error(`file refused: ${JSON.stringify(prepared)}`);
  return prepared;
}
const preview = async (csv: string) => (await file(csv)).preview();
const run = async (csv: string, name?: string) => (await file(csv, name)).run();
const byNo = (caseNo: string) => db.select().from(cases).where(eq(cases.caseNo, caseNo)).get()!;
const lastAudit = (caseId: number) =>
  db.select().from(auditLog).where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(caseId)))).orderBy(asc(auditLog.id)).all().at(-1)!;
const eventKinds = (caseId: number) => db.select({ kind: caseEvents.kind }).from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)).all().map((e) => e.kind);
const snapshot = () => ({ cases: countRows(db.$client, 'cases'), events: countRows(db.$client, 'case_events'), audit: countRows(db.$client, 'audit_log'), reviews: countRows(db.$client, 'reviews') });
const versions = () => db.$client.prepare('SELECT case_no, version FROM cases ORDER BY case_no').all();
/** A handling step recorded on a case, as the case page stores one. */
function step(caseNo: string, kind: string, occurredOn: string, data: Record<string, unknown>) {
  db.insert(caseEvents).values({ caseId: byNo(caseNo).id, kind, occurredOn, data, createdAt: new Date().toISOString(), createdBy: null }).run();
}

describe('re-importing a register', () => {
  it('keeps 申请方式 and 申请内容 when the file has no such columns, or leaves their cells empty', async () => {
    await run(`${FULL}\nK-1,2023-02-01,自然人,张三,当面,申请公开某项目环评批复,,,,王芳\nK-2,2023-02-02,商业,某公司,邮寄,申请公开某许可,,,,\n`);
    expect(byNo('K-1')).toMatchObject({ channel: 'in_person', content: '申请公开某项目环评批复', handlerId: wang.id });

    const fewer = '申请编号,收到日期,申请人类型,申请人\nK-1,2023-02-01,自然人,张三丰\nK-2,2023-02-02,商业,某公司\n';
    expect(await preview(fewer)).toMatchObject({ created: 0, updated: 1, unchanged: 1, problems: [], changes: ['申请编号 K-1：申请人 张三 → 张三丰'] });
    expect(await run(fewer)).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(byNo('K-1')).toMatchObject({ applicantName: '张三丰', channel: 'in_person', content: '申请公开某项目环评批复', handlerId: wang.id, version: 2 });
    expect(lastAudit(byNo('K-1').id).changes).toEqual({ applicantName: { from: '张三', to: '张三丰' } });

    // The columns are there but the optional cells are empty: the same.
    expect(await run(`${FULL}\nK-1,2023-02-01,自然人,张三丰,,,,,,\nK-2,2023-02-02,商业,某公司,,,,,,\n`)).toMatchObject({ updated: 0, unchanged: 2 });
    expect(byNo('K-1')).toMatchObject({ channel: 'in_person', content: '申请公开某项目环评批复', handlerId: wang.id, version: 2 });
    expect(byNo('K-2')).toMatchObject({ channel: 'post', content: '申请公开某许可' });
  });

  it('never reopens a case: an empty 答复日期 keeps it closed and warns, naming the row and the number', async () => {
    await run(`${FULL}\nC-1,2023-03-01,自然人,李四,网络,内容,2023-03-20,予以公开,某依复〔2023〕1号,\nC-2,2023-03-02,自然人,王五,网络,内容,,,,\n`);
    const closed = byNo('C-1');
    expect(closed).toMatchObject({ repliedOn: '2023-03-20', outcome: 'disclosed', clockState: 'closed' });
    const before = snapshot();

    const blank = `${FULL}\nC-2,2023-03-02,自然人,王五,网络,内容,,,,\nC-1,2023-03-01,自然人,李四,网络,内容,,,,\n`;
    const seen = await preview(blank);
    expect(seen).toMatchObject({ created: 0, updated: 0, unchanged: 2, problems: [], changes: [] });
    expect(seen.warnings).toEqual([
      '第3行：申请编号“C-1”在系统中已办结（2023-03-20 答复，办理结果“予以公开”），文件中“答复日期”为空。导入不会重新打开已办结的申请，该申请保持办结；确需重新办理的，请由负责人在申请页面重新打开。',
    ]);
    expect((await run(blank)).warnings).toEqual(seen.warnings);
    expect(byNo('C-1')).toEqual(closed);
    expect(snapshot()).toEqual({ ...before, audit: before.audit + 1 }); // the import's own record only
    expect(eventKinds(closed.id)).not.toContain('reopened');

    // A file without the 答复日期 column says nothing about replies: the case stays closed, silently.
    expect(await run('申请编号,收到日期,申请人类型,申请人\nC-1,2023-03-01,自然人,李四\n')).toMatchObject({ unchanged: 1, warnings: [] });
    expect(byNo('C-1')).toEqual(closed);
  });

  it('updates a reply date and outcome that differ from the stored ones, audited, and shows the change first', async () => {
    const csv = `${FULL}\nC-1,2023-03-01,自然人,李四,网络,内容,2023-03-25,部分公开,,\n`;
    const seen = await preview(csv);
    expect(seen).toMatchObject({ updated: 1, problems: [] });
    expect(seen.changes).toEqual(['申请编号 C-1：答复日期 2023-03-20 → 2023-03-25；办理结果 予以公开 → 部分公开']);
    const before = byNo('C-1');
    expect(await run(csv, 'v2.csv')).toMatchObject({ updated: 1 });
    const after = byNo('C-1');
    expect(after).toMatchObject({ repliedOn: '2023-03-25', outcome: 'partial', replyDocNo: '某依复〔2023〕1号', clockState: 'closed', version: before.version + 1 });
    expect(lastAudit(after.id)).toMatchObject({
      action: 'case.import',
      note: '文件：v2.csv',
      changes: { repliedOn: { from: '2023-03-20', to: '2023-03-25' }, outcome: { from: 'disclosed', to: 'partial' } },
    });
    expect(eventKinds(after.id).slice(-2)).toEqual(['imported', 'closed']);
  });

  it('closes an open case from a file row with a reply, through the clock', async () => {
    expect(await run(`${FULL}\nC-2,2023-03-02,自然人,王五,网络,内容,2023-03-30,其他处理/其他,,\n`)).toMatchObject({ updated: 1 });
    expect(byNo('C-2')).toMatchObject({ repliedOn: '2023-03-30', outcome: 'other.other', clockState: 'closed' });
  });

  it('records a change of handler in the audit by name', async () => {
    const csv = `${FULL}\nK-1,2023-02-01,自然人,张三丰,,,,,,陈静\n`;
    expect((await preview(csv)).changes).toEqual(['申请编号 K-1：办理人 王芳 → 陈静']);
    await run(csv);
    const c = byNo('K-1');
    expect(c.handlerId).toBe(chen.id);
    expect(lastAudit(c.id).changes).toEqual({ handlerId: { from: '王芳', to: '陈静' } });
  });

  it('refuses a received date after a recorded step, and writes nothing for any row', async () => {
    await run(`${FULL}\nS-1,2023-04-03,自然人,赵六,网络,内容,,,,\n`);
    step('S-1', 'consultation_sent', '2023-04-10', { sentOn: '2023-04-10', party: '某公司', partyKind: 'third_party' });
    const before = snapshot();
    const v = versions();
    const csv = `${FULL}\nN-1,2023-04-01,自然人,新的一件,网络,内容,,,,\nS-1,2023-04-12,自然人,赵六,网络,内容,,,,\n`;
    const seen = await preview(csv);
    expect(seen.problems).toEqual([
      { row: 3, column: '收到日期', message: '收到日期不能改为 2023-04-12：该申请已记录 2023-04-10 的办理步骤“发出征求意见函”，收到日期不能晚于它，请核对' },
    ]);
    const refused = await file(csv);
    const e = await rejection(refused.run());
    expect(e).toBeInstanceOf(ImportRejectedError);
    expect((e as ImportRejectedError).message).toContain('第3行，“收到日期”列：收到日期不能改为 2023-04-12');
    expect(snapshot()).toEqual(before);
    expect(versions()).toEqual(v);
    // Up to the step's own day is fine.
    expect(await run(`${FULL}\nS-1,2023-04-10,自然人,赵六,网络,内容,,,,\n`)).toMatchObject({ updated: 1 });
  });

  it('refuses a reply dated before the latest recorded step, and a received date after the stored reply', async () => {
    step('S-1', 'consultation_answered', '2023-04-20', { answeredOn: '2023-04-20' });
    const before = snapshot();
    const early = await preview(`${FULL}\nS-1,2023-04-10,自然人,赵六,网络,内容,2023-04-18,予以公开,,\n`);
    expect(early.problems).toEqual([{ row: 2, column: '答复日期', message: '答复日期 2023-04-18 早于该申请已记录的办理步骤“收到征求意见答复”的日期 2023-04-20，请核对' }]);
    const refused = await file(`${FULL}\nS-1,2023-04-10,自然人,赵六,网络,内容,2023-04-18,予以公开,,\n`);
    expect(await rejection(refused.run())).toBeInstanceOf(ImportRejectedError);
    expect(snapshot()).toEqual(before);
    expect(byNo('S-1').repliedOn).toBeNull();

    // C-1 was replied on 2023-03-25; a file that moves its receipt past that without a reply date.
    const late = await preview(`${FULL}\nC-1,2023-03-26,自然人,李四,网络,内容,,,,\n`);
    expect(late.problems).toEqual([
      { row: 2, column: '收到日期', message: '收到日期 2023-03-26 晚于系统中记录的答复日期 2023-03-25，请核对（答复日期有误的，请同时填写正确的答复日期和办理结果）' },
    ]);
  });

  it('is idempotent: the same file twice, the second changes nothing but its own import record', async () => {
    const csv = `${FULL}\nI-1,2023-05-06,法律服务机构,某律所,传真,内容一,2023-05-20,无法提供/本机关不掌握相关政府信息,文号1,陈静\nK-1,2023-02-01,自然人,张三丰,当面,新内容,,,,\n`;
    await run(csv);
    const before = snapshot();
    const v = versions();
    expect(await preview(csv)).toMatchObject({ created: 0, updated: 0, changes: [] });
    expect(await run(csv)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(snapshot()).toEqual({ ...before, audit: before.audit + 1 });
    expect(versions()).toEqual(v);
  });

  it('lists at most 50 changed cases in the preview, then how many more', async () => {
    const numbers = Array.from({ length: 53 }, (_, i) => `M-${String(i + 1).padStart(2, '0')}`);
    await run(`申请编号,收到日期,申请人类型,申请人\n${numbers.map((n) => `${n},2023-06-01,自然人,甲`).join('\n')}\n`);
    const changes = (await preview(`申请编号,收到日期,申请人类型,申请人\n${numbers.map((n) => `${n},2023-06-02,自然人,甲`).join('\n')}\n`)).changes;
    expect(changes).toHaveLength(51);
    expect(changes[0]).toBe('申请编号 M-01：收到日期 2023-06-01 → 2023-06-02');
    expect(changes[50]).toBe('…及其他 3 件');
  });
});
