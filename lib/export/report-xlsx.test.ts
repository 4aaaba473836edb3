// Writes the Hangzhou 2023 report workbook, reads it back with exceljs from disk and checks the
// official layout cell by cell.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_CODES, ROW_CODES } from '@/lib/domain/categories';
import { buildTableFour, buildTableThree } from '@/lib/domain/report';
import { hangzhouCases, hangzhouExpected, hangzhouReviews } from '@/tests/fixtures/hangzhou-2023';
import { writeReportXlsx } from './report-xlsx';

const AGENCY = '杭州市人力资源和社会保障局';
const merges = (sheet: ExcelJS.Worksheet) => [...(sheet.model.merges ?? [])].sort();
const text = (sheet: ExcelJS.Worksheet, address: string) => sheet.getCell(address).value;

describe('writeReportXlsx', () => {
  const expected = hangzhouExpected();
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const buffer = await writeReportXlsx({ agencyName: AGENCY, year: 2023, tableThree: buildTableThree(hangzhouCases(), 2023), tableFour: buildTableFour(hangzhouReviews(), 2023) });
    const file = join(mkdtempSync(join(tmpdir(), 'ogi-report-')), 'report.xlsx');
    writeFileSync(file, buffer);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
  });

  it('has table 三 then table 四', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['收到和处理申请情况', '行政复议和行政诉讼情况']);
  });

  it('titles table 三 with the year and the agency', () => {
    const s = workbook.worksheets[0];
    expect(text(s, 'A1')).toBe('2023年政府信息公开申请情况统计表');
    expect(text(s, 'A2')).toBe(`填报单位：${AGENCY}`);
    expect(s.getCell('A1').font.bold).toBe(true);
  });

  it('has the published header of table 三', () => {
    const s = workbook.worksheets[0];
    expect(text(s, 'A3')).toBe('(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)');
    expect(text(s, 'D3')).toBe('申请人情况');
    expect(text(s, 'D4')).toBe('自然人');
    expect(text(s, 'E4')).toBe('法人或其他组织');
    expect(text(s, 'J4')).toBe('总计');
    expect(['E5', 'F5', 'G5', 'H5', 'I5'].map((a) => text(s, a))).toEqual(['商业', '科研', '社会公益组织', '法律服务机构', '其他']);
  });

  it('merges the header, the section, the groups and the whole-row labels', () => {
    expect(merges(workbook.worksheets[0])).toEqual(
      [
        'A1:J1', 'A2:J2', 'A3:C5', 'D3:J3', 'D4:D5', 'E4:I4', 'J4:J5',
        'A6:C6', 'A7:C7', 'A8:A29', 'B8:C8', 'B9:C9', 'B10:B17', 'B18:B20', 'B21:B25', 'B26:B28', 'B29:C29', 'A30:C30',
      ].sort(),
    );
  });

  it('has the official labels and every number of the published table, zeros included', () => {
    const s = workbook.worksheets[0];
    expect(text(s, 'A6')).toBe('一、本年新收政府信息公开申请数量');
    expect(text(s, 'A7')).toBe('二、上年结转政府信息公开申请数量');
    expect(text(s, 'A8')).toBe('三、本年度办理结果');
    expect(text(s, 'B8')).toBe('(一)予以公开');
    expect(text(s, 'B9')).toBe('(二)部分公开(区分处理的,只计这一情形,不计其他情形)');
    expect(text(s, 'B10')).toBe('(三)不予公开');
    expect(text(s, 'C10')).toBe('1.属于国家秘密');
    expect(text(s, 'C12')).toBe('3.危及“三安全一稳定”');
    expect(text(s, 'B18')).toBe('(四)无法提供');
    expect(text(s, 'C18')).toBe('1.本机关不掌握相关政府信息');
    expect(text(s, 'B21')).toBe('(五)不予处理');
    expect(text(s, 'C25')).toBe('5.要求行政机关确认或重新出具已获取信息');
    expect(text(s, 'B26')).toBe('(六)其他处理');
    expect(text(s, 'C28')).toBe('3.其他');
    expect(text(s, 'B29')).toBe('(七)总计');
    expect(text(s, 'A30')).toBe('四、结转下年度继续办理');
    ROW_CODES.forEach((row, r) => {
      const values = COLUMN_CODES.map((_, c) => s.getCell(6 + r, 4 + c).value);
      expect(values).toEqual(COLUMN_CODES.map((col) => expected.applications[row][col]));
    });
    expect(s.getCell('D6').value).toBe(47);
    expect(s.getCell('J29').value).toBe(48);
  });

  it('rules every cell of the table thinly, wraps text and prints A4 landscape', () => {
    const s = workbook.worksheets[0];
    for (let r = 3; r <= 30; r += 1) {
      for (let c = 1; c <= 10; c += 1) {
        const cell = s.getCell(r, c);
        expect(cell.border?.top?.style, cell.address).toBe('thin');
        expect(cell.border?.right?.style, cell.address).toBe('thin');
        expect(cell.alignment?.wrapText, cell.address).toBe(true);
      }
    }
    expect(s.pageSetup.orientation).toBe('landscape');
    expect(s.pageSetup.paperSize).toBe(9);
    expect(s.getColumn(3).width).toBeGreaterThan(s.getColumn(4).width ?? 0);
  });

  it('lays out table 四 as published, with its numbers', () => {
    const s = workbook.worksheets[1];
    expect(text(s, 'A1')).toBe('2023年政府信息公开行政复议、行政诉讼情况统计表');
    expect(text(s, 'A2')).toBe(`填报单位：${AGENCY}`);
    expect(text(s, 'A3')).toBe('行政复议');
    expect(text(s, 'F3')).toBe('行政诉讼');
    expect(['A4', 'B4', 'C4', 'D4', 'E4'].map((a) => text(s, a))).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    expect(text(s, 'F4')).toBe('未经复议直接起诉');
    expect(text(s, 'K4')).toBe('复议后起诉');
    const sub = ['F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O'].map((c) => text(s, `${c}5`));
    expect(sub).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    const data = Array.from({ length: 15 }, (_, i) => s.getCell(6, i + 1).value);
    expect(data).toEqual([7, 0, 0, 0, 7, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1]);
    expect(merges(s)).toEqual(['A1:O1', 'A2:O2', 'A3:E3', 'F3:O3', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:J4', 'K4:O4'].sort());
    expect(s.getCell('O6').border?.bottom?.style).toBe('thin');
    expect(s.pageSetup.orientation).toBe('landscape');
  });

  it('neutralises an agency name that a spreadsheet would evaluate', async () => {
    const buffer = await writeReportXlsx({ agencyName: '=1+1', year: 2023, tableThree: buildTableThree([], 2023), tableFour: buildTableFour([], 2023) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    // The name follows 填报单位： so it can never start a cell; no cell holds a formula.
    expect(wb.worksheets[0].getCell('A2').value).toBe('填报单位：=1+1');
    wb.worksheets.forEach((s) => s.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))));
  });

  it('prints table 三 on ONE A4 page, so its merged 三、本年度办理结果 never breaks across pages', () => {
    const s = workbook.worksheets[0];
    expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1, printTitlesRow: '3:5' });
    expect(merges(s)).toContain('A8:A29');
    // Rows are as tall as their wrapped labels: a one-line item row is lower than a two-line one.
    expect(s.getRow(11).height).toBeLessThan(s.getRow(27).height!);
  });

  it('adds table 二 after tables 三 and 四 when the report has one, the amount in 万元', async () => {
    const buffer = await writeReportXlsx({ agencyName: AGENCY, year: 2023, tableThree: buildTableThree([], 2023), tableFour: buildTableFour([], 2023), tableTwo: { 'rules.issued': 2, 'fees.amount': 123456 } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const s = wb.worksheets[2];
    expect(s.name).toBe('主动公开政府信息情况');
    expect(text(s, 'A3')).toBe('第二十条第（一）项');
    expect(text(s, 'B5')).toBe(2);
    expect(text(s, 'C5')).toBeNull();
    expect(text(s, 'B16')).toBe(12.3456);
    expect(merges(s)).toContain('B16:D16');
  });
});
