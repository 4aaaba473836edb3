// The annual report of the Hangzhou 2023 register, end to end in the data layer: the drafted text,
// the DOCX read back cell by cell, publishing and what it locks, the warning before a case change
// moves a published number, the "current data" comparison, corrections, and refusals.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, cases, reportDrafts, reportVersions } from '@/db/schema';
import { ForbiddenError, PublishedReportChangeError, ValidationError } from '@/lib/domain/errors';
import { tableFourLayout, tableThreeLayout, type ValueCell } from '@/lib/domain/report';
import { hangzhouExpected, hangzhouRegisterRows, hangzhouReviewRows } from '../fixtures/hangzhou-2023';
import { docxDocumentXml, grid, parseTables } from '../support/docx-tables';
import { ADMIN, CLERK, SUPERVISOR, tempDatabase } from '../support/report-db';
import { caught, countRows } from '../support/temp-db';

const temp = tempDatabase('annual-report');
const AGENCY = '杭州市人力资源和社会保障局';
const expected = hangzhouExpected();
let db: Db;
let ws: typeof import('@/lib/data/annual-report/workspace');
let drafts: typeof import('@/lib/data/annual-report/draft-commands');
let pub: typeof import('@/lib/data/annual-report/publish');
let exp: typeof import('@/lib/data/report-export');
let diff: typeof import('@/lib/data/annual-report/current-diff');
let commands: typeof import('@/lib/data/case-commands');

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  ws = await import('@/lib/data/annual-report/workspace');
  drafts = await import('@/lib/data/annual-report/draft-commands');
  pub = await import('@/lib/data/annual-report/publish');
  exp = await import('@/lib/data/report-export');
  diff = await import('@/lib/data/annual-report/current-diff');
  commands = await import('@/lib/data/case-commands');
  const { updateSettings, readSettings } = await import('@/lib/data/settings');
  updateSettings(ADMIN, { ...readSettings(), agencyName: AGENCY });
  await (await import('@/lib/data/register-import')).importRegister(ADMIN, hangzhouRegisterRows(), { fileName: 'hangzhou-2023-register.csv' });
  await (await import('@/lib/data/review-import')).importReviews(ADMIN, hangzhouReviewRows(), { fileName: 'hangzhou-2023-reviews.csv' });
});
afterAll(() => temp.remove());

async function docxGrids(year: number, source?: Parameters<typeof exp.exportAnnualReport>[3]) {
  const file = await exp.exportAnnualReport(SUPERVISOR, year, 'docx', source);
  const xml = await docxDocumentXml(file.body);
  return { file, xml, tables: parseTables(xml) };
}

function edits(w: ReturnType<typeof ws.getReportWorkspace>, overrides: Partial<Record<string, string>> = {}) {
  return {
    texts: { ...w.draft.texts, ...overrides },
    paragraphs: Object.fromEntries(Object.entries(w.draft.paragraphs).map(([k, p]) => [k, p.text])) as Record<'requests' | 'three' | 'four' | 'fees', string>,
    tableTwo: w.draft.tableTwo,
  };
}

describe('the drafted Hangzhou 2023 report', () => {
  it('is written from the register: paragraphs state the published numbers', () => {
    const w = ws.getReportWorkspace(SUPERVISOR, 2023);
    expect(w.content.tableThree).toEqual(expected.applications);
    expect(w.draft.paragraphs.three.text).toContain('共收到政府信息公开申请50件，其中自然人47件、法人或其他组织3件（商业企业3件）');
    expect(w.draft.paragraphs.three.text).toContain('其中予以公开16件，部分公开3件');
    expect(w.draft.paragraphs.four.text).toContain('发生政府信息公开行政复议案件7件，其中结果维持7件');
    expect(w.draft.paragraphs.requests.text).toMatch(/^2023年，本机关共收到政府信息公开申请50件，其中当面申请\d+件/);
    expect(w.draft.paragraphs.fees.text).toBe('本年度未收取信息处理费。');
    expect(w.draft.texts.opening).toContain(`本报告由${AGENCY}根据`);
    const failed = w.checks.filter((c) => !c.ok).map((c) => c.key);
    expect(failed).toEqual(['table_two_complete', 'section_one', 'section_five']);
    expect(w.draftVersion).toBe(0);
    expect(countRows(db.$client, 'report_drafts')).toBe(0);
  });

  it('gives a DOCX whose tables 三 and 四 equal the published tables cell by cell', async () => {
    const { file, tables } = await docxGrids(2023);
    expect(file.fileName).toBe(`${AGENCY}2023年政府信息公开工作年度报告（草稿）.docx`);
    expect(tables).toHaveLength(3);
    const [, three, four] = tables;
    const g3 = grid(three);
    for (const cell of tableThreeLayout(2023, expected.applications).cells.filter((c): c is ValueCell => c.kind === 'value')) {
      expect(g3[cell.row][cell.col], cell.name).toBe(String(cell.value));
    }
    expect(g3.map((row) => row[0]).slice(5, 27).every((t) => t === '三、本年度办理结果')).toBe(true);
    expect(three.headerRows).toBe(3);
    const g4 = grid(four);
    for (const cell of tableFourLayout(2023, expected.review).cells.filter((c): c is ValueCell => c.kind === 'value')) {
      expect(g4[cell.row][cell.col], cell.name).toBe(String(cell.value));
    }
    expect(g4[0].slice(5)).toEqual(Array(10).fill('行政诉讼'));
  });

  it('gives an HTML page with the same numbers, each cell naming its headings', async () => {
    const html = (await exp.exportAnnualReport(SUPERVISOR, 2023, 'html')).body.toString('utf8');
    expect(html).not.toContain('<script');
    expect(html).toContain('<th id="t');
    expect(html).toMatch(/<td headers="[^"]+">47<\/td>/);
    expect(html).toContain('草稿');
  });
});

describe('editing, checking and publishing', () => {
  it('refuses bad table 二 figures with a message per field and writes nothing', async () => {
    const { parseTableTwo } = await import('@/lib/domain/report/table-two');
    const result = parseTableTwo({ 't2.rules.issued': '-1', 't2.rules.repealed': '1.5', 't2.rules.inForce': '三', 't2.fees.amount': '1.23456' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['t2.rules.issued']![0]).toContain('不能是负数');
    expect(result.errors['t2.rules.repealed']![0]).toContain('不能有小数');
    expect(result.errors['t2.rules.inForce']![0]).toContain('应为数字');
    expect(result.errors['t2.fees.amount']![0]).toContain('最多保留四位小数');
    expect(countRows(db.$client, 'report_drafts')).toBe(0);
  });

  it('refuses to publish with failed checks and no reason, a future year, or a date in the year', () => {
    const w = ws.getReportWorkspace(SUPERVISOR, 2023);
    const noReason = caught(() => pub.publishAnnualReport(SUPERVISOR, 2023, { kind: 'publish', publishedOn: '2024-01-19', draftVersion: w.draftVersion, acknowledgement: '', reason: null }));
    expect(noReason).toBeInstanceOf(ValidationError);
    expect((noReason as ValidationError).fieldErrors.acknowledgement![0]).toContain('有 3 项核对未通过');
    const future = caught(() => pub.publishAnnualReport(SUPERVISOR, 2030, { kind: 'publish', publishedOn: '2031-01-19', draftVersion: 0, acknowledgement: null, reason: null }));
    expect((future as Error).message).toBe('2030年是未来的年度，不能发布年度报告。');
    const early = caught(() => pub.publishAnnualReport(SUPERVISOR, 2023, { kind: 'publish', publishedOn: '2023-12-30', draftVersion: w.draftVersion, acknowledgement: '理由充分的说明', reason: null }));
    expect((early as ValidationError).fieldErrors.publishedOn![0]).toContain('2024-01-01');
    expect(() => pub.publishAnnualReport(CLERK, 2023, { kind: 'publish', publishedOn: '2024-01-19', draftVersion: 0, acknowledgement: null, reason: null })).toThrow(ForbiddenError);
    expect(countRows(db.$client, 'report_versions')).toBe(0);
  });

  it('saves staff text and table 二, and then every check passes', () => {
    const w = ws.getReportWorkspace(SUPERVISOR, 2023);
    const e = edits(w, { proactive: '本机关全年主动公开政府信息1200条。', problems: '一是公开内容不够全面。二是答复规范性有待提高。' });
    e.tableTwo = { 'rules.issued': 0, 'rules.repealed': 0, 'rules.inForce': 0, 'normative_documents.issued': 5, 'normative_documents.repealed': 1, 'normative_documents.inForce': 40, 'licensing.decisions': 1200, 'penalty.decisions': 30, 'enforcement.decisions': 0, 'fees.amount': 123456 };
    expect(drafts.saveReportDraft(SUPERVISOR, 2023, 0, e, { kind: 'save' }).version).toBe(1);
    const after = ws.getReportWorkspace(SUPERVISOR, 2023);
    expect(after.checks.filter((c) => !c.ok)).toEqual([]);
    expect(() => drafts.saveReportDraft(SUPERVISOR, 2023, 0, e, { kind: 'save' })).toThrow('已被他人修改');
  });

  it('flags an edited number in generated text, and regenerates edited text only once confirmed', () => {
    const w = ws.getReportWorkspace(SUPERVISOR, 2023);
    const e = edits(w);
    e.paragraphs.three = e.paragraphs.three.replace('予以公开16件', '予以公开17件');
    drafts.saveReportDraft(SUPERVISOR, 2023, w.draftVersion, e, { kind: 'save' });
    const edited = ws.getReportWorkspace(SUPERVISOR, 2023);
    const check = edited.checks.find((c) => c.key === 'numbers.three')!;
    expect(check.ok).toBe(false);
    expect(check.detail).toContain('“予以公开”写的是 17，表三“(一)予以公开 × 总计”为 16');
    const refused = caught(() => drafts.saveReportDraft(SUPERVISOR, 2023, edited.draftVersion, edits(edited), { kind: 'regenerate', key: 'three', confirmed: false }));
    expect(refused).toBeInstanceOf(drafts.RegenerationNeedsConfirmation);
    expect((refused as InstanceType<typeof drafts.RegenerationNeedsConfirmation>).fresh).toContain('予以公开16件');
    drafts.saveReportDraft(SUPERVISOR, 2023, edited.draftVersion, edits(edited), { kind: 'regenerate', key: 'three', confirmed: true });
    expect(ws.getReportWorkspace(SUPERVISOR, 2023).checks.every((c) => c.ok)).toBe(true);
  });
});

describe('after publishing', () => {
  let before: Buffer;
  const hz001 = () => db.select().from(cases).where(eq(cases.caseNo, 'HZRS-2023-001')).get()!;

  it('stores version 1 with its records; publishing twice is refused', async () => {
    const w = ws.getReportWorkspace(SUPERVISOR, 2023);
    expect(pub.publishAnnualReport(SUPERVISOR, 2023, { kind: 'publish', publishedOn: '2024-01-19', draftVersion: w.draftVersion, acknowledgement: null, reason: null })).toEqual({ number: 1 });
    expect(countRows(db.$client, 'report_version_cases')).toBe(50);
    expect(countRows(db.$client, 'report_version_reviews')).toBe(10);
    const twice = caught(() => pub.publishAnnualReport(ADMIN, 2023, { kind: 'publish', publishedOn: '2024-01-20', draftVersion: w.draftVersion, acknowledgement: null, reason: null }));
    expect((twice as Error).message).toContain('已经发布，不能再次发布');
    expect(countRows(db.$client, 'report_versions')).toBe(1);
    expect(() => db.$client.prepare('UPDATE report_versions SET published_on = ?').run('2024-02-01')).toThrow('append-only');
    expect(() => db.$client.prepare('DELETE FROM report_version_cases').run()).toThrow('append-only');
    const { file, xml } = await docxGrids(2023);
    expect(file.fileName).toBe(`${AGENCY}2023年政府信息公开工作年度报告（第1版）.docx`);
    expect(xml).not.toContain('草稿');
    before = Buffer.from(xml);
  });

  it('warns before a case change moves a published number, and marks the audit once confirmed', () => {
    const c = hz001();
    const warned = caught(() => commands.reopenCase(SUPERVISOR, c.id, { reason: '答复有误，重新办理', version: c.version }));
    expect(warned).toBeInstanceOf(PublishedReportChangeError);
    expect((warned as PublishedReportChangeError).lines[0]).toContain('2023年度报告（已发布）：表三“(四)无法提供/1.本机关不掌握相关政府信息 × 自然人”');
    expect(hz001().repliedOn).toBe('2023-02-01');
    commands.reopenCase(SUPERVISOR, c.id, { reason: '答复有误，重新办理', version: c.version }, { confirmPublished: true });
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'case.reopen')).get()!;
    expect(String(audit.changes.publishedReport.to)).toContain('表三“四、结转下年度继续办理 × 总计”');
  });

  it('shows in "current data" the changed cells and the case that moved', () => {
    const d = diff.currentDataDiff(SUPERVISOR, 2023);
    const byKey = new Map(d.cells.map((c) => [c.key, c]));
    expect(byKey.get('three|unavailable.not_held|total')).toMatchObject({ published: 16, now: 15, entered: [], left: [{ label: 'HZRS-2023-001' }] });
    expect(byKey.get('three|carried_out|natural_person')).toMatchObject({ published: 2, now: 3, entered: [{ label: 'HZRS-2023-001' }], left: [] });
    expect(d.cells.map((c) => c.key).sort()).toEqual(
      ['three|carried_out|natural_person', 'three|carried_out|total', 'three|results_total|natural_person', 'three|results_total|total', 'three|unavailable.not_held|natural_person', 'three|unavailable.not_held|total'].sort(),
    );
  });

  it('keeps the published DOCX and JSON unchanged', async () => {
    const { xml } = await docxGrids(2023);
    expect(Buffer.from(xml).equals(before)).toBe(true);
    const json = JSON.parse((await exp.exportAnnualReport(SUPERVISOR, 2023, 'json')).body.toString('utf8'));
    expect(json.applications).toEqual(expected.applications);
    const current = JSON.parse((await exp.exportAnnualReport(SUPERVISOR, 2023, 'json', { kind: 'current' })).body.toString('utf8'));
    expect(current.applications.carried_out.total).toBe(3);
  });

  it('takes a correction only from an administrator with a reason', () => {
    const w = ws.getReportWorkspace(ADMIN, 2023);
    const input = { kind: 'correction' as const, publishedOn: '2024-03-01', draftVersion: w.draftVersion, acknowledgement: '已核实，数据以系统为准', reason: '' };
    expect(() => pub.publishAnnualReport(SUPERVISOR, 2023, { ...input, reason: '更正第三部分数字' })).toThrow(ForbiddenError);
    const noReason = caught(() => pub.publishAnnualReport(ADMIN, 2023, input));
    expect((noReason as ValidationError).fieldErrors.reason![0]).toContain('请写明更正的理由');
    expect(pub.publishAnnualReport(ADMIN, 2023, { ...input, reason: 'HZRS-2023-001 重新办理，更正第三部分数字' })).toEqual({ number: 2 });
    const versions = db.select().from(reportVersions).all();
    expect(versions.map((v) => [v.number, v.kind, v.reason])).toEqual([
      [1, 'publish', null],
      [2, 'correction', 'HZRS-2023-001 重新办理，更正第三部分数字'],
    ]);
    expect(db.select().from(reportDrafts).all()).toHaveLength(1);
  });

  it('keeps every version downloadable', async () => {
    const v1 = await docxGrids(2023, { kind: 'version', number: 1 });
    expect(Buffer.from(v1.xml).equals(before)).toBe(true);
    const latest = await docxGrids(2023);
    expect(latest.file.fileName).toContain('（第2版）');
  });
});
