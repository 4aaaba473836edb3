// Register import (INTERFACES §1) against a real database: the Hangzhou 2023 register reproduces
// its published table, re-importing changes nothing, changed rows update with audit, and any
// conflict refuses the whole file.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, caseEvents, cases } from '@/db/schema';
import { ForbiddenError } from '@/lib/domain/errors';
import { ImportRejectedError } from '@/lib/domain/import-errors';
import { NO_STEPS, type RegisterRow } from '@/lib/domain/register';
import { hangzhouExpected, hangzhouRegisterRows } from '../fixtures/hangzhou-2023';
import { ADMIN, CLERK, SUPERVISOR, tempDatabase } from '../support/report-db';
import { rejection } from '../support/temp-db';

const temp = tempDatabase('register-import');
let db: Db;
let imp: typeof import('@/lib/data/register-import');
let report: typeof import('@/lib/data/annual-report');

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  imp = await import('@/lib/data/register-import');
  report = await import('@/lib/data/annual-report');
});
afterAll(() => temp.remove());

const count = (table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const snapshot = () => ({ cases: count('cases'), events: count('case_events'), audit: count('audit_log'), reviews: count('reviews') });
const byNo = (caseNo: string) => db.select().from(cases).where(eq(cases.caseNo, caseNo)).get()!;
const row = (over: Partial<RegisterRow>): RegisterRow => ({
  rowNumber: 2,
  caseNo: 'T-0001',
  receivedOn: '2024-03-01',
  applicantType: 'natural_person',
  applicantName: '测试人',
  channel: 'online',
  content: '',
  repliedOn: null,
  outcome: null,
  replyDocNo: null,
  handler: null,
  registeredOn: null,
  steps: NO_STEPS,
  ...over,
});

describe('importRegister', () => {
  it('imports the Hangzhou 2023 register and the table equals the published one', async () => {
    const summary = await imp.importRegister(ADMIN, hangzhouRegisterRows(), { fileName: 'hangzhou-2023-register.csv' });
    expect(summary).toMatchObject({ created: 50, updated: 0, unchanged: 0 });
    expect(report.getAnnualReport(SUPERVISOR, 2023).tableThree).toEqual(hangzhouExpected().applications);
    const first = byNo('HZRS-2023-001');
    expect(first).toMatchObject({ receivedOn: '2023-01-04', registeredOn: '2023-01-04', repliedOn: '2023-02-01', outcome: 'unavailable.not_held', version: 1, clockState: 'closed' });
    const events = db.select().from(caseEvents).where(eq(caseEvents.caseId, first.id)).orderBy(asc(caseEvents.id)).all();
    expect(events.map((e) => e.kind)).toEqual(['imported', 'closed']);
    expect(events[0].data).toMatchObject({ file: 'hangzhou-2023-register.csv' });
    const audit = db.select().from(auditLog).where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(first.id)))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'case.import', actorName: '系统管理员（命令行）' });
    expect(audit[0].changes.caseNo).toEqual({ from: null, to: 'HZRS-2023-001' });
  });

  it('is idempotent: the same file again changes nothing but the import record', async () => {
    const before = snapshot();
    expect(imp.previewRegisterImport(ADMIN, hangzhouRegisterRows())).toMatchObject({ created: 0, updated: 0, unchanged: 50, problems: [] });
    expect(await imp.importRegister(ADMIN, hangzhouRegisterRows(), { fileName: 'again.csv' })).toMatchObject({ created: 0, updated: 0, unchanged: 50 });
    expect(snapshot()).toEqual({ ...before, audit: before.audit + 1 });
    expect(byNo('HZRS-2023-001').version).toBe(1);
  });

  it('updates changed fields with before/after in the audit and a new version', async () => {
    const rows = hangzhouRegisterRows();
    const open = rows.find((r) => r.repliedOn === null)!;
    const changed = rows.map((r) => (r === open ? { ...r, repliedOn: '2024-01-10', outcome: 'disclosed' as const, applicantName: '改名' } : r));
    const before = byNo(open.caseNo);
    expect(await imp.importRegister(ADMIN, changed, { fileName: 'v2.csv' })).toMatchObject({ created: 0, updated: 1, unchanged: 49 });
    const after = byNo(open.caseNo);
    expect(after).toMatchObject({ version: before.version + 1, repliedOn: '2024-01-10', outcome: 'disclosed', applicantName: '改名', clockState: 'closed' });
    const last = db.select().from(auditLog).where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(after.id)))).orderBy(asc(auditLog.id)).all().at(-1)!;
    expect(last.changes).toEqual({
      applicantName: { from: before.applicantName, to: '改名' },
      repliedOn: { from: null, to: '2024-01-10' },
      outcome: { from: null, to: 'disclosed' },
    });
    const kinds = db.select({ kind: caseEvents.kind }).from(caseEvents).where(eq(caseEvents.caseId, after.id)).all().map((e) => e.kind);
    expect(kinds).toEqual(['imported', 'imported', 'closed']);
  });

  it('keeps the handler and registered date when the file leaves them empty, and sets the registered date from 登记日期', async () => {
    await imp.importRegister(ADMIN, [row({ caseNo: 'T-REG', registeredOn: '2024-03-04' })], { fileName: 'a.csv' });
    expect(byNo('T-REG').registeredOn).toBe('2024-03-04');
    expect(await imp.importRegister(ADMIN, [row({ caseNo: 'T-REG' })], { fileName: 'b.csv' })).toMatchObject({ unchanged: 1 });
  });

  it('warns about a handler it cannot match and leaves the case unassigned', async () => {
    const summary = await imp.importRegister(ADMIN, [row({ caseNo: 'T-HANDLER', handler: '不存在的人' })], { fileName: 'h.csv' });
    expect(summary.warnings[0]).toContain('办理人 “不存在的人” 不是本系统中在岗的登记员或负责人');
    expect(byNo('T-HANDLER').handlerId).toBeNull();
  });

  it('refuses the whole file when a row conflicts, and writes nothing', async () => {
    const before = snapshot();
    const bad = [row({ caseNo: 'T-NEW-1' }), row({ rowNumber: 3, caseNo: 'T 2' }), row({ rowNumber: 4, caseNo: 'T-NEW-3' })];
    const error = await rejection(imp.importRegister(ADMIN, bad, { fileName: 'bad.csv' }));
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).problems).toEqual([{ row: 3, column: '申请编号', message: '申请编号“T 2”中有空格或控制字符，请删除后再导入' }]);
    expect(snapshot()).toEqual(before);
    expect(imp.previewRegisterImport(ADMIN, bad)).toMatchObject({ created: 2, problems: [{ row: 3, column: '申请编号' }] });
  });

  it('refuses a received date later than a review already filed for the case', async () => {
    const { createReview } = await import('@/lib/data/reviews');
    const c = byNo('HZRS-2023-003');
    createReview(ADMIN, { caseId: c.id, kind: 'reconsideration', filedOn: '2023-03-20', result: null, decidedOn: null, notes: null });
    const rows = hangzhouRegisterRows().map((r) => (r.caseNo === 'HZRS-2023-003' ? { ...r, receivedOn: '2023-03-21', repliedOn: '2023-04-01' } : r));
    await expect(imp.importRegister(ADMIN, rows, { fileName: 'late.csv' })).rejects.toThrow(ImportRejectedError);
    expect(byNo('HZRS-2023-003').receivedOn).toBe(c.receivedOn);
  });

  it('is for administrators only', async () => {
    for (const actor of [CLERK, SUPERVISOR]) {
      await expect(imp.importRegister(actor, [row({ caseNo: 'T-X' })], { fileName: 'x.csv' })).rejects.toThrow(ForbiddenError);
      expect(() => imp.previewRegisterImport(actor, [row({ caseNo: 'T-X' })])).toThrow(ForbiddenError);
    }
    expect(db.select().from(cases).where(eq(cases.caseNo, 'T-X')).get()).toBeUndefined();
  });
});
