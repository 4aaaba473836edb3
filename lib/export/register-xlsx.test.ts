// The register as .xlsx: written by writeRegisterXlsx, read by readSpreadsheet, validated again.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { REGISTER_HEADERS, registerRowFromCase, validateRegisterRows } from '@/lib/domain/register';
import { buildTableThree } from '@/lib/domain/report';
import { HANGZHOU_TODAY, hangzhouExpected, hangzhouRegisterRows } from '@/tests/fixtures/hangzhou-2023';
import { readSpreadsheet } from './read-spreadsheet';
import { writeRegisterXlsx } from './register-xlsx';

describe('writeRegisterXlsx', () => {
  it('round-trips the Hangzhou register through xlsx, with date cells, to the same cases and table', async () => {
    const rows = hangzhouRegisterRows();
    const buffer = await writeRegisterXlsx(REGISTER_HEADERS, rows.map(registerRowFromCase));
    const table = await readSpreadsheet(buffer, 'register.xlsx');
    expect(table.header).toEqual(REGISTER_HEADERS);
    expect(table.rows[0].cells[1]).toEqual(new Date(Date.UTC(2023, 0, 4)));
    const again = validateRegisterRows(table, HANGZHOU_TODAY);
    const readBack = again.ok ? again.rows : [];
    expect(readBack).toEqual(rows);
    expect(buildTableThree(readBack, 2023)).toEqual(hangzhouExpected().applications);
  });

  it('never writes a formula, and shows formula-like text as it is (no apostrophe in an XLSX cell)', async () => {
    const buffer = await writeRegisterXlsx(['申请编号', '申请人', '收到日期'], [['=HYPERLINK("http://x","y")', '@甲', '2023-01-05'], ['-1', "'+2", null]]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const s = wb.worksheets[0];
    expect(s.getCell('A2').value).toBe('=HYPERLINK("http://x","y")');
    expect(s.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(s.getCell('B2').value).toBe('@甲');
    expect(s.getCell('A3').value).toBe('-1');
    expect(s.getCell('B3').value).toBe("'+2");
    expect(s.getCell('C2').type).toBe(ExcelJS.ValueType.Date);
    s.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    const sheetXml = await (await JSZip.loadAsync(buffer)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toMatch(/<f[\s>]/);
    // Read back as the same texts.
    const table = await readSpreadsheet(buffer, 'x.xlsx');
    expect(table.rows.map((r) => r.cells.slice(0, 2))).toEqual([
      ['=HYPERLINK("http://x","y")', '@甲'],
      ['-1', "'+2"],
    ]);
  });
});
