// Re-importing a review file (table 四 records) never clears a decision already recorded, whether it
// was recorded on the decision page or by an earlier file; a file with a different decision
// updates it, audited, and the preview says what changes.
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, reviews } from '@/db/schema';
import { NO_STEPS, type ReviewRow } from '@/lib/domain/register';
import { CLI_ADMIN, countRows, createTempDatabase } from '../support/temp-db';

const temp = createTempDatabase('review-import-keep');
let db: Db;
let imp: typeof import('@/lib/data/review-import');
let data: typeof import('@/lib/data/reviews');

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  imp = await import('@/lib/data/review-import');
  data = await import('@/lib/data/reviews');
  const { importRegister } = await import('@/lib/data/register-import');
  const base = { applicantType: 'natural_person', applicantName: '甲', channel: null, content: null, repliedOn: '2023-02-20', outcome: 'disclosed', replyDocNo: null, handler: null, registeredOn: null, steps: NO_STEPS } as const;
  await importRegister(CLI_ADMIN, [{ ...base, rowNumber: 2, caseNo: 'R-1', receivedOn: '2023-02-01' }], { fileName: 'r.csv' });
});
afterAll(() => temp.remove());

const pending: ReviewRow = { rowNumber: 2, caseNo: 'R-1', kind: 'reconsideration', filedOn: '2023-03-01', result: null, decidedOn: null };
const record = () => db.select().from(reviews).where(eq(reviews.filedOn, pending.filedOn)).get()!;
const reviewAudit = (id: number) => db.select().from(auditLog).where(eq(auditLog.entityId, String(id))).orderBy(asc(auditLog.id)).all().filter((a) => a.entityType === 'review');

describe('review import over recorded decisions', () => {
  it('keeps a decision recorded on the page when the file row is still pending, with a warning', async () => {
    expect(await imp.importReviews(CLI_ADMIN, [pending], { fileName: 'v1.csv' })).toMatchObject({ created: 1 });
    const { id, version } = record();
    data.updateReview(CLI_ADMIN, id, { result: 'corrected', decidedOn: '2023-06-30', notes: null, version });
    const decided = record();
    const audits = countRows(db.$client, 'audit_log');

    const preview = imp.previewReviewImport(CLI_ADMIN, [pending]);
    const warning = '第2行：该记录在系统中已审结（结果“纠正”，审结日期 2023-06-30），文件中“结果”“审结日期”为空。导入不会清除已记录的结果，保留系统中的结果。';
    expect(preview).toMatchObject({ created: 0, updated: 0, unchanged: 1, problems: [], changes: [], warnings: [warning] });
    expect(await imp.importReviews(CLI_ADMIN, [pending], { fileName: 'v1.csv' })).toMatchObject({ unchanged: 1, warnings: [warning] });
    expect(record()).toEqual(decided);
    expect(countRows(db.$client, 'audit_log')).toBe(audits + 1); // the import's own record only
  });

  it('updates a decision the file changes, audited, and shows the change in the preview', async () => {
    const row = { ...pending, result: 'upheld' as const, decidedOn: '2023-07-15' };
    expect(imp.previewReviewImport(CLI_ADMIN, [row]).changes).toEqual(['第2行（行政复议，收到日期 2023-03-01，申请编号 R-1）：结果 纠正 → 维持；审结日期 2023-06-30 → 2023-07-15']);
    expect(await imp.importReviews(CLI_ADMIN, [row], { fileName: 'v2.csv' })).toMatchObject({ updated: 1 });
    const after = record();
    expect(after).toMatchObject({ result: 'upheld', decidedOn: '2023-07-15' });
    expect(reviewAudit(after.id).at(-1)).toMatchObject({
      action: 'review.import',
      changes: { result: { from: 'corrected', to: 'upheld' }, decidedOn: { from: '2023-06-30', to: '2023-07-15' } },
    });
  });

  it('keeps the decision of a record typed in on a page that a pending file row takes over', async () => {
    const filedOn = '2023-04-01';
    const { id } = data.createReview(CLI_ADMIN, { caseNo: null, kind: 'litigation_direct', filedOn, result: 'other', decidedOn: '2023-05-01', notes: null });
    const row: ReviewRow = { rowNumber: 5, caseNo: null, kind: 'litigation_direct', filedOn, result: null, decidedOn: null };
    const preview = imp.previewReviewImport(CLI_ADMIN, [row]);
    expect(preview).toMatchObject({ created: 0, updated: 1, changes: ['第5行（未经复议直接起诉，收到日期 2023-04-01）：对应系统中手工登记的同一记录，内容不变'] });
    expect(preview.warnings[0]).toMatch(/^第5行：该记录在系统中已审结（结果“其他”，审结日期 2023-05-01）/);
    await imp.importReviews(CLI_ADMIN, [row], { fileName: 'export.csv' });
    expect(db.select().from(reviews).where(eq(reviews.id, id)).get()).toMatchObject({ result: 'other', decidedOn: '2023-05-01', importKey: '|litigation_direct|2023-04-01|1' });
  });
});
