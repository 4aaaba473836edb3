// The case list as an Excel file: the filtered list or the ticked cases, Chinese headers, the full
// request, text that looks like a formula kept as text, no identity numbers, and a bound on size.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/roles';
import { caseFields, createTempDatabase, makeStaff, rejection } from '../support/temp-db';

const temp = createTempDatabase('case-list-export');
let exporter: typeof import('@/lib/data/case-list-export');
let clerk: Actor;
const ids: number[] = [];

beforeAll(async () => {
  exporter = await import('@/lib/data/case-list-export');
  const cmd = await import('@/lib/data/case-commands');
  clerk = await makeStaff('clerk.a', '登记员甲', 'clerk');
  ids.push(cmd.createCase(clerk, caseFields({ caseNo: 'E-1', receivedOn: '2026-03-02', applicantName: '张三', idNumber: '330102199001011234', content: '=HYPERLINK("http://evil.example","点我")' })).id);
  ids.push(cmd.createCase(clerk, caseFields({ caseNo: 'E-2', receivedOn: '2026-03-03', applicantName: '+李四', content: '拆迁补偿方案'.repeat(20) })).id);
  ids.push(cmd.createCase(clerk, caseFields({ caseNo: 'E-3', receivedOn: '2026-03-04', applicantName: '王五', content: '预算' })).id);
});
afterAll(() => temp.remove());

async function sheetOf(body: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book.worksheets[0];
}

describe('exporting the case list', () => {
  it('writes every case the filters select, in the list’s order, with Chinese headers', async () => {
    const file = await exporter.exportCaseList(clerk, { filters: { sort: 'case_no' } });
    expect(file).toMatchObject({ count: 3, contentType: expect.stringContaining('spreadsheetml') });
    expect(file.fileName).toMatch(/^申请列表（\d{4}-\d{2}-\d{2}导出）\.xlsx$/);
    const sheet = await sheetOf(file.body);
    expect(sheet.getRow(1).values).toEqual([undefined, '申请编号', '收到日期', '申请人', '申请人类型', '申请内容', '承办人', '答复期限', '状态', '办理结果', '答复日期']);
    expect(sheet.getColumn(1).values.slice(2)).toEqual(['E-1', 'E-2', 'E-3']);
    expect(sheet.getRow(3).getCell(5).value).toBe('拆迁补偿方案'.repeat(20)); // the full request
    expect(sheet.getRow(2).getCell(6).value).toBe('登记员甲');
    expect(sheet.getRow(2).getCell(8).value).toBe('已超期'); // received in March, still open in the test's today
  });

  it('keeps text that looks like a formula as text, and leaves identity numbers out', async () => {
    const file = await exporter.exportCaseList(clerk, { filters: { q: 'E-', sort: 'case_no' } });
    const sheet = await sheetOf(file.body);
    const formulaLike = sheet.getRow(2).getCell(5);
    expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
    expect(formulaLike.value).toBe('=HYPERLINK("http://evil.example","点我")');
    expect(sheet.getRow(3).getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(file.body.toString('latin1')).not.toContain('<f>');
    expect(JSON.stringify(sheet.getSheetValues())).not.toContain('330102199001011234');
  });

  it('writes only the ticked cases for a selection', async () => {
    const file = await exporter.exportCaseList(clerk, { ids: [ids[2], ids[0]], sort: 'case_no' });
    expect(file.fileName).toMatch(/^所选申请/);
    expect((await sheetOf(file.body)).getColumn(1).values.slice(2)).toEqual(['E-1', 'E-3']);
  });

  it('refuses an empty list and one over the limit, with what to do', async () => {
    expect(((await rejection(exporter.exportCaseList(clerk, { filters: { q: '不存在的内容' } }))) as ValidationError).message).toBe('没有符合条件的申请，没有可导出的内容。');
    expect(exporter.LIST_EXPORT_MAX).toBe(20_000);
    const error = (await rejection(exporter.exportCaseList(clerk, { filters: {} }, 2))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/^符合条件的申请有 3 件，超过一次导出的上限 2 件。请缩小筛选范围后分批导出/);
  });

  it('refuses a selection with a case that is gone, naming why, rather than leave it out', async () => {
    const error = (await rejection(exporter.exportCaseList(clerk, { ids: [ids[0], 987_654] }))) as InstanceType<typeof exporter.ListExportRefused>;
    expect(error).toBeInstanceOf(exporter.ListExportRefused);
    expect(error.code).toBe('missing');
    expect(error.message).toBe('所选申请中有的已不存在（可能已被删除），没有导出。请刷新列表后重新勾选。');
    const twice = await exporter.exportCaseList(clerk, { ids: [ids[0], ids[0]] });
    expect(twice.count).toBe(1);
  });
});
