// Table 四 records: registered and decided on the pages, imported from the review file.
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, cases, reviews } from '@/db/schema';
import { NotFoundError, StaleVersionError, ValidationError } from '@/lib/domain/errors';
import { ImportRejectedError } from '@/lib/domain/import-errors';
import type { ReviewRow } from '@/lib/domain/register';
import { hangzhouExpected, hangzhouRegisterRows, hangzhouReviewRows } from '../fixtures/hangzhou-2023';
import { ADMIN, CLERK, SUPERVISOR, tempDatabase } from '../support/report-db';
import { rejection } from '../support/temp-db';

const temp = tempDatabase('reviews');
let db: Db;
let data: typeof import('@/lib/data/reviews');
let imp: typeof import('@/lib/data/review-import');
let report: typeof import('@/lib/data/annual-report');

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  data = await import('@/lib/data/reviews');
  imp = await import('@/lib/data/review-import');
  report = await import('@/lib/data/annual-report');
  await (await import('@/lib/data/register-import')).importRegister(ADMIN, hangzhouRegisterRows(), { fileName: 'hz.csv' });
});
afterAll(() => temp.remove());

const count = (table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const caseId = (caseNo: string) => db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, caseNo)).get()!.id;
const caught = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as Error & { fieldErrors?: Record<string, string[]>; problems?: unknown };
  }
  throw new Error('expected a refusal');
};

describe('review import', () => {
  it('imports the Hangzhou review file; table 四 equals the published one; again changes nothing', async () => {
    expect(await imp.importReviews(ADMIN, hangzhouReviewRows(), { fileName: 'r.csv' })).toMatchObject({ created: 10, updated: 0, unchanged: 0 });
    expect(report.getAnnualReport(SUPERVISOR, 2023).json).toMatchObject({ applications: hangzhouExpected().applications, review: hangzhouExpected().review });
    expect(report.getAnnualReport(SUPERVISOR, 2023).checks.every((c) => c.ok)).toBe(true);
    expect(await imp.importReviews(ADMIN, hangzhouReviewRows(), { fileName: 'r.csv' })).toMatchObject({ created: 0, updated: 0, unchanged: 10 });
    expect(count('reviews')).toBe(10);
    const linked = data.listCaseReviews(CLERK, caseId('HZRS-2023-003'));
    expect(linked.map((r) => r.kind)).toEqual(['reconsideration', 'litigation_after_reconsideration']);
  });

  it('updates a record when a later file brings its decision', async () => {
    const rows = hangzhouReviewRows();
    const pending = rows.find((r) => r.decidedOn === null || r.decidedOn > '2023-12-31')!;
    const decided = rows.map((r) => (r === pending ? { ...r, result: 'corrected' as const, decidedOn: '2024-04-01' } : r));
    expect(await imp.importReviews(ADMIN, decided, { fileName: 'r2.csv' })).toMatchObject({ created: 0, updated: 1, unchanged: 9 });
    const record = db.select().from(reviews).where(eq(reviews.filedOn, pending.filedOn)).get()!;
    expect(record).toMatchObject({ result: 'corrected', decidedOn: '2024-04-01', version: 2 });
    const audit = db.select().from(auditLog).where(eq(auditLog.entityId, String(record.id))).orderBy(asc(auditLog.id)).all().filter((a) => a.entityType === 'review');
    expect(audit.at(-1)).toMatchObject({ action: 'review.import', changes: { result: { from: pending.result, to: 'corrected' }, decidedOn: { from: pending.decidedOn, to: '2024-04-01' } } });
  });

  it('refuses a filing dated before its case, writing nothing even for the valid rows', async () => {
    const before = count('reviews');
    const bad: ReviewRow[] = [
      { rowNumber: 2, caseNo: 'NOPE-1', kind: 'reconsideration', filedOn: '2023-05-01', result: null, decidedOn: null },
      { rowNumber: 3, caseNo: 'HZRS-2023-050', kind: 'litigation_direct', filedOn: '2023-01-01', result: null, decidedOn: null },
      { rowNumber: 4, caseNo: null, kind: 'litigation_direct', filedOn: '2023-01-01', result: null, decidedOn: null },
    ];
    const error = await rejection(imp.importReviews(ADMIN, bad, { fileName: 'bad.csv' }));
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).problems.map((p) => [p.row, p.column])).toEqual([[3, '收到日期']]);
    expect(count('reviews')).toBe(before);
  });

  it('keeps a row whose case number the register does not hold as a standalone record, with a warning', async () => {
    const rows: ReviewRow[] = [{ rowNumber: 2, caseNo: 'OLD-2019-1', kind: 'reconsideration', filedOn: '2023-05-01', result: null, decidedOn: null }];
    const preview = imp.previewReviewImport(ADMIN, rows);
    expect(preview).toMatchObject({ created: 1, problems: [], warnings: ['第2行：系统中没有申请编号为“OLD-2019-1”的申请，该记录按不关联申请的记录导入。'] });
    expect(await imp.importReviews(ADMIN, rows, { fileName: 'old.csv' })).toMatchObject({ created: 1, warnings: preview.warnings });
    expect(await imp.importReviews(ADMIN, rows, { fileName: 'old.csv' })).toMatchObject({ created: 0, unchanged: 1 });
  });
});

describe('review records on the pages', () => {
  it('registers a record linked by case number, audits it, and records the decision later', async () => {
    const { id } = data.createReview(CLERK, { caseNo: 'HZRS-2023-010', kind: 'litigation_direct', filedOn: '2024-02-01', result: null, decidedOn: null, notes: '一审' });
    const created = data.getReview(CLERK, id);
    expect(created).toMatchObject({ caseNo: 'HZRS-2023-010', kindLabel: '行政诉讼（未经复议直接起诉）', decided: false, version: 1 });
    data.updateReview(SUPERVISOR, id, { result: 'upheld', decidedOn: '2024-06-30', notes: '一审维持', version: 1 });
    expect(data.getReview(CLERK, id)).toMatchObject({ result: 'upheld', resultLabel: '结果维持', decidedOn: '2024-06-30', decided: true, version: 2 });
    const audit = db.select().from(auditLog).where(eq(auditLog.entityId, String(id))).all().filter((a) => a.entityType === 'review');
    expect(audit.map((a) => a.action)).toEqual(['review.create', 'review.update']);
    expect(audit[1].changes).toEqual({ result: { from: null, to: 'upheld' }, decidedOn: { from: null, to: '2024-06-30' }, notes: { from: '一审', to: '一审维持' } });
    expect(caught(() => data.updateReview(CLERK, id, { result: 'other', decidedOn: '2024-07-01', notes: null, version: 1 }))).toBeInstanceOf(StaleVersionError);
  });

  it('refuses inconsistent dates and unknown cases with per-field messages', async () => {
    const before = count('reviews');
    const base = { kind: 'reconsideration' as const, result: null, decidedOn: null, notes: null };
    expect(caught(() => data.createReview(CLERK, { ...base, caseNo: 'NOPE', filedOn: '2024-01-01' })).fieldErrors?.caseNo?.[0]).toContain('系统中没有申请编号为“NOPE”的申请');
    expect(caught(() => data.createReview(CLERK, { ...base, caseId: caseId('HZRS-2023-050'), filedOn: '2023-01-02' })).fieldErrors?.filedOn?.[0]).toContain('不能早于所关联申请的收到日期');
    const e = caught(() => data.createReview(CLERK, { ...base, filedOn: '2024-03-01', decidedOn: '2024-02-01', result: 'upheld' }));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.fieldErrors).toEqual({ decidedOn: ['审结日期不能早于收到日期（2024年3月1日）。'] });
    expect(caught(() => data.createReview(CLERK, { ...base, filedOn: '2099-01-01' })).fieldErrors?.filedOn?.[0]).toContain('不能晚于今天');
    expect(caught(() => data.getReview(CLERK, 999_999))).toBeInstanceOf(NotFoundError);
    expect(count('reviews')).toBe(before);
  });

  it('lets a file row take over a record typed in on a page instead of duplicating it', async () => {
    const { id } = data.createReview(CLERK, { caseNo: null, kind: 'reconsideration', filedOn: '2024-05-06', result: null, decidedOn: null, notes: null });
    const row: ReviewRow = { rowNumber: 2, caseNo: null, kind: 'reconsideration', filedOn: '2024-05-06', result: null, decidedOn: null };
    expect(await imp.importReviews(ADMIN, [row], { fileName: 'export.csv' })).toMatchObject({ created: 0, updated: 1 });
    expect(db.select().from(reviews).where(eq(reviews.id, id)).get()!.importKey).toBe('|reconsideration|2024-05-06|1');
    expect(await imp.importReviews(ADMIN, [row], { fileName: 'export.csv' })).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });
});
