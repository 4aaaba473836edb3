// A bomb of empty cells packs some 300:1 and would be parsed for seconds before the cell limit
// stopped it; the packing ratio refuses it as soon as the part has unpacked a few megabytes.
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '@/lib/domain/register/file-limits';
import { readSpreadsheet } from './read-spreadsheet';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function register(sheetXml?: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('台账');
  sheet.addRow(['申请编号', '收到日期', '申请人类型', '申请人']);
  sheet.addRow(['2024-0001', '2024-01-02', '自然人', '张三']);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  if (sheetXml) zip.file('xl/worksheets/sheet1.xml', sheetXml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

describe('the packing ratio of an .xlsx part', () => {
  it('refuses a sheet of millions of empty cells in a file of a few hundred KB, in Chinese', async () => {
    const rows = `<row>${'<c s="1"/>'.repeat(100)}</row>`.repeat(60_000);
    const bomb = await register(`<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>`);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const error = await readSpreadsheet(bomb, 'bomb.xlsx').then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toBe(LIMIT_MESSAGES.ratio());
    expect(LIMIT_MESSAGES.ratio()).toMatch(/^文件解压后是压缩时的 50 倍以上/);
  });

  it('never judges a part before it has unpacked several megabytes, so small files read as always', async () => {
    const table = await readSpreadsheet(await register(), 'small.xlsx');
    expect(IMPORT_LIMITS.ratioJudgedAfterBytes).toBeGreaterThanOrEqual(8 * 1024 * 1024);
    expect(JSON.stringify(table)).toContain('2024-0001');
  });
});
