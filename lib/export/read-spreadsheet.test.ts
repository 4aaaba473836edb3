import { readFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '@/tests/fixtures/hangzhou-2023';
import { NOT_A_SPREADSHEET, SpreadsheetReadError } from './spreadsheet-error';
import { readSpreadsheet } from './read-spreadsheet';
import { decodeCsv } from './read-csv';
import iconv from 'iconv-lite';
import { IMPORT_LIMITS } from '@/lib/domain/register/file-limits';

async function xlsxOf(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('台账'));
  wb.addWorksheet('ignored').getCell('A1').value = 'second sheet';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function refusal(buffer: Buffer, name: string): Promise<SpreadsheetReadError> {
  const error = await readSpreadsheet(buffer, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpreadsheetReadError);
  return error as SpreadsheetReadError;
}

describe('readSpreadsheet', () => {
  it('reads the first sheet of an xlsx: dates as Date, formulas as their result, rich text as plain text', async () => {
    const buffer = await xlsxOf((s) => {
      s.addRow(['申请编号', '收到日期', '申请人', '答复日期', '备注']);
      s.addRow(['A-1', new Date(Date.UTC(2023, 0, 5)), { richText: [{ text: '张', font: { bold: true } }, { text: '三' }] }, { formula: 'B2+15', result: new Date(Date.UTC(2023, 0, 20)) }, 12]);
      s.addRow([]);
      s.addRow(['A-2', '2023/2/1', { text: '链接', hyperlink: 'https://example.org' }, null, { formula: '1/0', result: { error: '#DIV/0!' } }]);
    });
    const table = await readSpreadsheet(buffer, '台账.XLSX');
    expect(table.header).toEqual(['申请编号', '收到日期', '申请人', '答复日期', '备注']);
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['A-1', new Date(Date.UTC(2023, 0, 5)), '张三', new Date(Date.UTC(2023, 0, 20)), 12] },
      // A formula whose cached result is an error has no value to read: blank, as the validators report it.
      { rowNumber: 4, cells: ['A-2', '2023/2/1', '链接', null, null] },
    ]);
  });

  it('gives an empty table for an empty workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('空');
    const table = await readSpreadsheet(Buffer.from(await wb.xlsx.writeBuffer()), 'x.xlsx');
    expect(table.rows).toEqual([]);
    expect(table.header.every((h) => h === '')).toBe(true);
  });

  it('reads a UTF-8 CSV with a BOM, quoted line breaks and CRLF', async () => {
    const table = await readSpreadsheet(readFileSync(fixturePath('hangzhou-2023-register.csv')), 'hangzhou.csv');
    expect(table.header[0]).toBe('申请编号');
    expect(table.rows).toHaveLength(50);
    expect(table.rows[49]).toMatchObject({ rowNumber: 51, cells: ['HZRS-2023-050', '2023/12/28', '自然人', expect.any(String), '电子邮件', expect.any(String), '', '', ''] });
    expect(table.rows.find((r) => String(r.cells[5]).includes('\n'))).toBeDefined();
  });

  it('refuses garbage bytes, a PDF renamed .xlsx and a broken zip', async () => {
    const garbage = Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x01, 0xff]);
    expect((await refusal(garbage, 'x.xlsx')).message).toBe(NOT_A_SPREADSHEET);
    expect((await refusal(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'report.xlsx')).message).toBe('文件不是有效的 Excel（.xlsx）或 CSV 文件');
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect((await refusal(brokenZip, 'x.xlsx')).reason).toBe('corrupt');
    expect((await refusal(garbage, 'x.csv')).reason).toBe('corrupt');
    expect((await refusal(await xlsxOf(() => undefined), 'renamed.csv')).reason).toBe('corrupt');
  });

  it('refuses other extensions, explaining .xls', async () => {
    const xls = await refusal(Buffer.from('a,b'), 'old.xls');
    expect(xls.reason).toBe('unsupported_type');
    expect(xls.message).toContain('另存为');
    expect((await refusal(Buffer.from('a,b'), 'register.pdf')).message).toBe(`${NOT_A_SPREADSHEET}：不支持“.pdf”文件，请上传 .xlsx 或 .csv 文件`);
    expect((await refusal(Buffer.from('a,b'), 'register')).message).toContain('没有扩展名的文件');
  });

  it('reads a CSV saved by Excel on Chinese Windows (GB18030), and UTF-8 with or without a BOM', async () => {
    const text = '申请编号,收到日期,申请人\r\nA-1,2023/1/5,"张三,李四"\r\nA-2,2023年2月1日,𠀀研究所\r\n';
    const expected = { header: ['申请编号', '收到日期', '申请人'], rows: [{ rowNumber: 2, cells: ['A-1', '2023/1/5', '张三,李四'] }, { rowNumber: 3, cells: ['A-2', '2023年2月1日', '𠀀研究所'] }] };
    expect(await readSpreadsheet(iconv.encode(text, 'gb18030'), 'gbk.csv')).toEqual(expected);
    expect(await readSpreadsheet(Buffer.from(text, 'utf8'), 'plain.csv')).toEqual(expected);
    expect(await readSpreadsheet(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'bom.csv')).toEqual(expected);
    expect(decodeCsv(iconv.encode(text, 'gbk')).encoding).toBe('gb18030');
  });

  it('refuses a CSV in neither encoding, and UTF-16, saying how to save it', async () => {
    const neither = await refusal(Buffer.from([0x41, 0x2c, 0xff, 0xfe, 0xfd, 0x0a]), 'x.csv');
    expect(neither.reason).toBe('encoding');
    expect(neither.message).toContain('既不是 UTF-8，也不是 GB18030/GBK');
    expect(neither.message).toContain('CSV UTF-8');
    // A UTF-8 BOM followed by bytes that are not UTF-8 is a broken file, not GB18030.
    expect((await refusal(Buffer.from([0xef, 0xbb, 0xbf, 0xc9, 0xea]), 'x.csv')).reason).toBe('encoding');
    const utf16 = await refusal(Buffer.from('\ufeff申请编号\n', 'utf16le'), 'unicode.csv');
    expect(utf16.message).toContain('UTF-16');
  });

  it('refuses a CSV with an unclosed quote, naming the row', async () => {
    const quote = await refusal(Buffer.from('申请编号\n"A-1\n'), 'q.csv');
    expect(quote.reason).toBe('csv_syntax');
    expect(quote.message).toContain('第2行：引号没有闭合');
  });

  it('refuses a file over the size limit before reading it, with its size', async () => {
    const big = Buffer.alloc(IMPORT_LIMITS.maxBytes + 1, 0x41);
    for (const name of ['big.csv', 'big.xlsx']) {
      const e = await refusal(big, name);
      expect(e.reason).toBe('too_large');
      expect(e.message).toBe('文件过大（20.1 MB），导入文件最大 20 MB。请删除多余的工作表、行和列，或把台账分成几个文件分批导入');
    }
  });
});
