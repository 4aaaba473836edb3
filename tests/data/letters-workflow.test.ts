// The letter workflow through the data layer, and every bad input the issue names: each refusal
// carries a Chinese message naming what to fix, and writes nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { cases, letters } from '@/db/schema';
import { addDays, chinaDate } from '@/lib/domain/dates';
import { ForbiddenError, StaleVersionError, ValidationError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/roles';
import { caseFields, caught, CLI_ADMIN, countRows, createTempDatabase, makeStaff } from '../support/temp-db';
import { draftAndIssue, formOf, setLetterSettings } from '../support/letters';

const tempDb = createTempDatabase('letters-workflow');
const TODAY = chinaDate(new Date());

let db: Db;
let clerk: Actor;
let other: Actor;
let boss: Actor;
let drafts: typeof import('@/lib/data/letters/drafts');
let issue: typeof import('@/lib/data/letters/issue');
let after: typeof import('@/lib/data/letters/after-issue');
let templates: typeof import('@/lib/data/letters/templates');
let queries: typeof import('@/lib/data/letters/queries');
let cmd: typeof import('@/lib/data/case-commands');

const TABLES = ['letters', 'letter_deliveries', 'letter_templates', 'case_events', 'audit_log', 'settings'];
const snapshot = () => Object.fromEntries(TABLES.map((t) => [t, countRows(db.$client, t)]));
const letterRow = (id: number) => drafts.loadLetter(db, id);
let n = 0;
const newCase = (by: Actor = clerk) => cmd.createCase(by, caseFields({ caseNo: `W-${++n}`, receivedOn: addDays(TODAY, -4) })).id;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  drafts = await import('@/lib/data/letters/drafts');
  issue = await import('@/lib/data/letters/issue');
  after = await import('@/lib/data/letters/after-issue');
  templates = await import('@/lib/data/letters/templates');
  queries = await import('@/lib/data/letters/queries');
  cmd = await import('@/lib/data/case-commands');
  clerk = await makeStaff('clerk.w', '王芳', 'clerk');
  other = await makeStaff('clerk.o', '陈静', 'clerk');
  boss = await makeStaff('boss.w', '李强', 'supervisor');
  await setLetterSettings();
});
afterAll(() => tempDb.remove());

function fillCorrection(id: number, missing = '请写明所需文件的年份和文号') {
  const l = letterRow(id);
  drafts.saveLetterDraft(clerk, id, { version: l.version, form: formOf(l.fields, { 补正内容: missing }), title: '', body: '', regenerate: true });
}

describe('drafting, approval and issue', () => {
  it('drafts a 补正告知书 from the case, approves, issues with the next number and records the step', () => {
    const caseId = newCase();
    const { id } = drafts.createLetterDraft(clerk, caseId, 'correction');
    const draft = letterRow(id);
    expect(draft).toMatchObject({ status: 'draft', kind: 'correction', fields: { 补正期限: '15' } });
    expect(draft.body).toContain('【待填写：补正内容】');

    fillCorrection(id);
    expect(letterRow(id).body).toContain('请写明所需文件的年份和文号');
    expect(() => issue.issueLetter(clerk, id, { version: letterRow(id).version, issuedOn: TODAY })).toThrow('本机关规定此类文书须经负责人审批：请先送审，审批通过后再发出。');

    drafts.submitLetter(clerk, id, letterRow(id).version);
    expect(queries.pendingApprovals(boss).map((p) => p.letterId)).toContain(id);
    expect(() => drafts.decideLetter(clerk, id, { version: letterRow(id).version, approve: true, comment: '' })).toThrow(ForbiddenError);
    drafts.decideLetter(boss, id, { version: letterRow(id).version, approve: true, comment: '同意' });
    expect(letterRow(id)).toMatchObject({ status: 'approved', approvedBy: boss.id, approvedOn: TODAY });

    const { docNo } = issue.issueLetter(clerk, id, { version: letterRow(id).version, issuedOn: TODAY });
    expect(docNo).toBe(`示人社依补〔${TODAY.slice(0, 4)}〕1号`);
    expect(letterRow(id)).toMatchObject({ status: 'issued', docNo, docSeq: 1, issuedOn: TODAY, issuedBy: clerk.id });
    expect(db.select().from(cases).where(eq(cases.id, caseId)).get()!.clockState).toBe('awaiting_correction');
    expect(queries.lettersAwaitingDelivery(clerk).map((l) => l.letterId)).toContain(id);
    expect(queries.lettersAwaitingDelivery(other).map((l) => l.letterId)).not.toContain(id);

    after.recordDelivery(clerk, id, { method: 'post', trackingNo: 'SF1234567890', sentOn: TODAY, receivedOn: null, note: null });
    expect(queries.lettersAwaitingDelivery(clerk).map((l) => l.letterId)).not.toContain(id);
    expect(queries.lettersAwaitingDelivery(boss, { handlerId: clerk.id! }).map((l) => l.letterId)).not.toContain(id);
  });

  it('returns a letter to the clerk with the supervisor’s comment, and an edit after approval needs a new approval', () => {
    const { id } = drafts.createLetterDraft(clerk, newCase(), 'correction');
    fillCorrection(id);
    drafts.submitLetter(clerk, id, letterRow(id).version);
    expect(caught(() => drafts.decideLetter(boss, id, { version: letterRow(id).version, approve: false, comment: '' }))).toMatchObject({ fieldErrors: { comment: ['退回时请写明修改意见。'] } });
    drafts.decideLetter(boss, id, { version: letterRow(id).version, approve: false, comment: '补正事项请逐项列明' });
    expect(letterRow(id)).toMatchObject({ status: 'draft', reviewComment: '补正事项请逐项列明' });

    drafts.submitLetter(clerk, id, letterRow(id).version);
    drafts.decideLetter(boss, id, { version: letterRow(id).version, approve: true, comment: '' });
    fillCorrection(id, '一、请写明年份；二、请写明文号');
    expect(letterRow(id)).toMatchObject({ status: 'draft', approvedBy: null });
    expect(() => issue.issueLetter(clerk, id, { version: letterRow(id).version, issuedOn: TODAY })).toThrow(/须经负责人审批/);
  });

  it('refuses to send an incomplete letter for approval, naming the empty field', () => {
    const { id } = drafts.createLetterDraft(clerk, newCase(), 'correction');
    const before = snapshot();
    const error = caught(() => drafts.submitLetter(clerk, id, letterRow(id).version)) as ValidationError;
    expect(error.message).toBe('文书还不完整，不能送审。请按提示补充后再送审。');
    expect(error.fieldErrors['补正内容']).toEqual(['请填写补正内容。']);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a draft whose text lost the remedy statement', () => {
    const caseId = newCase();
    const { id } = drafts.createLetterDraft(clerk, caseId, 'reply.unavailable.not_held');
    const l = letterRow(id);
    const body = l.body.split('\n').filter((line) => !line.startsWith('如对本答复不服')).join('\n');
    drafts.saveLetterDraft(clerk, id, { version: l.version, form: formOf(l.fields), title: l.title, body, regenerate: false });
    const error = caught(() => drafts.submitLetter(clerk, id, letterRow(id).version)) as ValidationError;
    expect(error.fieldErrors.body?.[0]).toMatch(/^正文缺少必备内容“救济途径”（如对本答复不服，可以自收到本答复之日起六十日内向示例市人民政府申请行政复议/);
  });

  it('keeps another clerk out of the case’s letters, and stale versions out of everything', () => {
    const { id } = drafts.createLetterDraft(clerk, newCase(), 'correction');
    const before = snapshot();
    expect(() => drafts.createLetterDraft(other, letterRow(id).caseId, 'correction')).toThrow(ForbiddenError);
    expect(() => drafts.saveLetterDraft(other, id, { version: letterRow(id).version, form: {}, title: 'x', body: 'y', regenerate: false })).toThrow(ForbiddenError);
    expect(() => drafts.saveLetterDraft(clerk, id, { version: 99, form: {}, title: 'x', body: 'y', regenerate: false })).toThrow(StaleVersionError);
    expect(snapshot()).toEqual(before);
  });
});

describe('bad input: a clear message and nothing written', () => {
  it('a letter for a case that is already closed', () => {
    const caseId = newCase();
    const { id } = drafts.createLetterDraft(clerk, caseId, 'receipt');
    cmd.closeCase(clerk, caseId, { outcome: 'disclosed', repliedOn: TODAY, replyDocNo: null, version: 1 });
    const before = snapshot();
    expect(() => drafts.createLetterDraft(clerk, caseId, 'reply.disclosed')).toThrow('该申请已办结，不能再起草、修改或发出文书。如需重新答复，请负责人先重新打开申请。');
    expect(() => issue.issueLetter(clerk, id, { version: letterRow(id).version, issuedOn: TODAY })).toThrow(/该申请已办结/);
    expect(snapshot()).toEqual(before);
    expect(letterRow(id)).toMatchObject({ status: 'draft', docNo: null });
  });

  it('issuing without the approval the agency requires', () => {
    const { id } = drafts.createLetterDraft(clerk, newCase(), 'correction');
    fillCorrection(id);
    drafts.submitLetter(clerk, id, letterRow(id).version);
    const before = snapshot();
    expect(() => issue.issueLetter(clerk, id, { version: letterRow(id).version, issuedOn: TODAY })).toThrow('该文书尚未经负责人审批，审批通过后才能发出。');
    expect(snapshot()).toEqual(before);
    expect(letterRow(id).docNo).toBeNull();
  });

  it('a mailing without a tracking number', async () => {
    const { letterDeliverySchema } = await import('@/lib/domain/validation/letter-delivery');
    const parsed = letterDeliverySchema(TODAY).safeParse({ method: 'post', trackingNo: '', sentOn: TODAY, receivedOn: '' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['trackingNo', '邮寄送达请填写运单号（快递或挂号信单号）。']]);

    const caseId = newCase();
    const { id } = await draftAndIssue(clerk, boss, caseId, 'receipt', {}, { issuedOn: TODAY, approve: false });
    const before = snapshot();
    const error = caught(() => after.recordDelivery(clerk, id, { method: 'post', trackingNo: null, sentOn: TODAY, receivedOn: null, note: null })) as ValidationError;
    expect(error.fieldErrors).toEqual({ trackingNo: ['邮寄送达请填写运单号（快递或挂号信单号）。'] });
    expect(caught(() => after.recordDelivery(clerk, id, { method: 'in_person', trackingNo: null, sentOn: addDays(TODAY, -1), receivedOn: null, note: null }))).toMatchObject({
      fieldErrors: { sentOn: [`送出日期不能早于发文日期（${TODAY}）。`] },
    });
    expect(snapshot()).toEqual(before);
  });

  it('a template with an unknown field, or without a mandatory one', () => {
    const before = snapshot();
    const base = templates.currentTemplate(db, 'reply.unavailable.not_held');
    const unknown = caught(() => templates.saveTemplate(CLI_ADMIN, 'reply.unavailable.not_held', { title: base.title, body: `${base.body}\n经办人：{经办人}` })) as ValidationError;
    expect(unknown.message).toBe('模板有误，没有保存。请按提示修改。');
    expect(unknown.fieldErrors.body).toEqual(['不认识的字段“{经办人}”。请使用字段列表中的名称。']);
    const noRemedy = caught(() => templates.saveTemplate(CLI_ADMIN, 'reply.unavailable.not_held', { title: base.title, body: base.body.replace('{救济途径}', '') })) as ValidationError;
    expect(noRemedy.fieldErrors.body?.[0]).toMatch(/^缺少必备字段“\{救济途径\}”/);
    expect(() => templates.saveTemplate(clerk, 'correction', base)).toThrow(ForbiddenError);
    expect(snapshot()).toEqual(before);
  });

  it('a closing notice the agency has chosen not to send', async () => {
    await setLetterSettings({ closingNoticeNoCorrection: false });
    const before = snapshot();
    expect(caught(() => drafts.createLetterDraft(clerk, newCase(), 'reply.other.no_correction'))).toMatchObject({ fieldErrors: { typeKey: [expect.stringMatching(/不发出此类终止处理告知书/)] } });
    expect(snapshot().letters).toBe(before.letters);
    await setLetterSettings({ closingNoticeNoCorrection: true });
  });
});

describe('templates', () => {
  it('keeps every version; a new draft uses the newest; an old version can be restored', () => {
    const key = 'receipt';
    const base = templates.currentTemplate(db, key);
    expect(base.version).toBe(0);
    templates.saveTemplate(CLI_ADMIN, key, { title: '政府信息公开申请登记回执', body: base.body });
    expect(templates.currentTemplate(db, key)).toMatchObject({ version: 1, title: '政府信息公开申请登记回执' });
    const { id } = drafts.createLetterDraft(clerk, newCase(), key);
    expect(letterRow(id)).toMatchObject({ title: '政府信息公开申请登记回执', templateVersion: 1 });
    templates.restoreTemplate(CLI_ADMIN, key, 0);
    expect(templates.currentTemplate(db, key)).toMatchObject({ version: 2, title: base.title });
    expect(templates.templateHistory(CLI_ADMIN, key).versions.map((v) => v.version)).toEqual([2, 1, 0]);
  });

  it('previews a template on a real case, marking what the case cannot fill', async () => {
    const { previewTemplate } = await import('@/lib/data/letters/template-preview');
    const caseId = newCase();
    const caseNo = db.select().from(cases).where(eq(cases.id, caseId)).get()!.caseNo;
    const preview = previewTemplate(CLI_ADMIN, 'reply.withheld.law_prohibited', templates.currentTemplate(db, 'reply.withheld.law_prohibited'), caseNo);
    expect(preview.errors).toEqual({});
    expect(preview.body).toContain('张三：');
    expect(preview.missing).toEqual(['禁止公开的法律规定']);
    expect(() => previewTemplate(CLI_ADMIN, 'receipt', templates.currentTemplate(db, 'receipt'), 'NO-SUCH')).toThrow(ValidationError);
  });
});

describe('cancelling (作废)', () => {
  it('keeps the number, which is never handed out again', async () => {
    const { id, docNo } = await draftAndIssue(clerk, boss, newCase(), 'receipt', {}, { issuedOn: TODAY, approve: false });
    expect(() => after.cancelLetter(clerk, id, { version: letterRow(id).version, reason: '地址有误' })).toThrow(ForbiddenError);
    after.cancelLetter(boss, id, { version: letterRow(id).version, reason: '地址有误' });
    expect(letterRow(id)).toMatchObject({ status: 'cancelled', docNo, cancelReason: '地址有误' });
    const next = await draftAndIssue(clerk, boss, newCase(), 'receipt', {}, { issuedOn: TODAY, approve: false });
    expect(next.docNo).not.toBe(docNo);
    expect(letterRow(next.id).docSeq).toBe(letterRow(id).docSeq! + 1);
    expect(db.select().from(letters).where(eq(letters.docNo, docNo)).all()).toHaveLength(1);
  });
});
