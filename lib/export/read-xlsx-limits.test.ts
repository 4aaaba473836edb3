// Spreadsheet bombs: a tiny .xlsx that would take the server's memory (a stray cell in column XFD,
// hundreds of sheets, a part that unpacks to gigabytes, a million formatted rows) is read within
// bounds or refused with a Chinese message, before it is parsed.
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '@/lib/domain/register/file-limits';
import { readSpreadsheet } from './read-spreadsheet';
import { SpreadsheetReadError } from './spreadsheet-error';

// Each limit here is reached by its own bomb; the packing-ratio check, which would stop most of
// them first, is off in this file and tested in read-xlsx-ratio.test.ts.
vi.mock('@/lib/domain/register/file-limits', async (original) => {
  const real = await original<typeof import('@/lib/domain/register/file-limits')>();
  return { ...real, IMPORT_LIMITS: { ...real.IMPORT_LIMITS, maxPackingRatio: Number.MAX_SAFE_INTEGER } };
});

const HEADER = ['申请编号', '收到日期', '申请人类型', '申请人'];
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function register(sheet: ExcelJS.Worksheet, rows = 3): void {
  sheet.addRow(HEADER);
  for (let i = 1; i <= rows; i++) sheet.addRow([`A-${i}`, '2023-01-05', '自然人', `申请人${i}`]);
}

/** Replaces (or adds) parts of a workbook (deflated, as in any .xlsx). */
async function withParts(buffer: Buffer, parts: Record<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

async function refusal(buffer: Buffer): Promise<SpreadsheetReadError> {
  const error = await readSpreadsheet(buffer, 'bomb.xlsx').then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpreadsheetReadError);
  expect((error as SpreadsheetReadError).reason).toBe('too_large');
  return error as SpreadsheetReadError;
}

describe('reading an .xlsx within bounds', { timeout: 60_000 }, () => {
  it('a 12 KB file with a stray cell in column XFD reads its register and ignores the stray cell', async () => {
    const buffer = await workbook((wb) => {
      const sheet = wb.addWorksheet('台账');
      register(sheet);
      sheet.getCell('XFD1048576').value = 'x';
      sheet.getCell('XFD3').value = '格式残留';
    });
    expect(buffer.length).toBeLessThan(12 * 1024);
    const table = await readSpreadsheet(buffer, 'stray.xlsx');
    expect(table.header).toEqual(HEADER);
    expect(table.rows.map((r) => r.cells)).toEqual([1, 2, 3].map((i) => [`A-${i}`, '2023-01-05', '自然人', `申请人${i}`]));
  });

  it('a header in column XFD is kept like any other column (and reported as unknown by the validators)', async () => {
    const buffer = await workbook((wb) => {
      const sheet = wb.addWorksheet('台账');
      register(sheet, 1);
      sheet.getCell('XFD1').value = '备注';
      sheet.getCell('XFD2').value = '远处';
    });
    const table = await readSpreadsheet(buffer, 'far.xlsx');
    expect(table.header).toHaveLength(16384);
    expect(table.header[16383]).toBe('备注');
    expect(table.rows[0].cells[16383]).toBe('远处');
    expect(table.rows[0].cells.slice(0, 4)).toEqual(['A-1', '2023-01-05', '自然人', '申请人1']);
  });

  it('a workbook of 300 sheets: only the first is read; the others are never unpacked', async () => {
    let buffer = await workbook((wb) => {
      register(wb.addWorksheet('台账'), 2);
      for (let i = 2; i <= 300; i++) wb.addWorksheet(`表${i}`).getCell('A1').value = i;
    });
    // Sheet 2 is a bomb in its own right: if it were unpacked the file would be refused.
    buffer = await withParts(buffer, { 'xl/worksheets/sheet2.xml': `<worksheet xmlns="${NS}"><sheetData>${'<row/>'.repeat(IMPORT_LIMITS.maxRows * 3)}</sheetData></worksheet>` });
    const table = await readSpreadsheet(buffer, 'many.xlsx');
    expect(table.header).toEqual(HEADER);
    expect(table.rows).toHaveLength(2);
  });

  it('the first sheet is the first in the workbook, wherever its part is stored', async () => {
    const buffer = await workbook((wb) => {
      wb.addWorksheet('其他').getCell('A1').value = '不是台账';
      register(wb.addWorksheet('台账'), 1);
    });
    const zip = await JSZip.loadAsync(buffer);
    const book = (await zip.file('xl/workbook.xml')!.async('string')).replace(/(<sheet [^>]*\/>)(<sheet [^>]*\/>)/, '$2$1');
    const table = await readSpreadsheet(await withParts(buffer, { 'xl/workbook.xml': book }), 'order.xlsx');
    expect(table.header).toEqual(HEADER);
  });
});

describe('refusing a bomb before parsing it', { timeout: 60_000 }, () => {
  it('a part that unpacks beyond the limit (declared honestly)', async () => {
    const buffer = await withParts(await workbook((wb) => register(wb.addWorksheet('台账'))), {
      'xl/sharedStrings.xml': `<sst xmlns="${NS}"><si><t>${'a'.repeat(IMPORT_LIMITS.maxUnpackedBytes + 1)}</t></si></sst>`,
    });
    expect(buffer.length).toBeLessThan(IMPORT_LIMITS.maxUnpackedBytes / 100);
    expect((await refusal(buffer)).message).toBe(LIMIT_MESSAGES.unpacked());
    expect(LIMIT_MESSAGES.unpacked()).toMatch(/^文件解压后过大（超过 256 MB），不像是正常的台账文件/);
  });

  it('a part that declares a small size and unpacks to far more', async () => {
    const honest = await withParts(await workbook((wb) => register(wb.addWorksheet('台账'))), {
      // Markup the readers skip (empty comments), so only the unpacked size can stop it.
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="${NS}"><sheetData>${'<!---->'.repeat(Math.ceil(IMPORT_LIMITS.maxUnpackedBytes / 7) + 1)}</sheetData></worksheet>`,
    });
    // Rewrite the uncompressed size of that part in its local header and central directory entry.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const lying = Buffer.from(honest);
    for (const [signature, sizeAt, nameAt] of [
      [0x04034b50, 22, 30],
      [0x02014b50, 24, 46],
    ] as const) {
      for (let i = lying.indexOf(name); i >= 0; i = lying.indexOf(name, i + 1)) {
        const start = i - nameAt;
        if (start >= 0 && lying.readUInt32LE(start) === signature) lying.writeUInt32LE(1000, start + sizeAt);
      }
    }
    const declared = (await JSZip.loadAsync(lying)).file('xl/worksheets/sheet1.xml') as unknown as { _data: { uncompressedSize: number } };
    expect(declared._data.uncompressedSize).toBe(1000);
    expect((await refusal(lying)).message).toContain('文件解压后过大');
  });

  it('more rows than the limit (formatted empty rows count)', async () => {
    const buffer = await withParts(await workbook((wb) => register(wb.addWorksheet('台账'))), {
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="${NS}"><sheetData>${'<row s="1" customFormat="1"/>'.repeat(IMPORT_LIMITS.maxRows + 2)}</sheetData></worksheet>`,
    });
    expect((await refusal(buffer)).message).toMatch(/^行数过多：超过 200000 行/);
  });

  it('more cells than the limit, or more shared strings', async () => {
    const row = '<c s="1"/>'.repeat(100);
    const cells = await withParts(await workbook((wb) => register(wb.addWorksheet('台账'))), {
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="${NS}"><sheetData>${`<row>${row}</row>`.repeat(IMPORT_LIMITS.maxCells / 100 + 1)}</sheetData></worksheet>`,
    });
    expect((await refusal(cells)).message).toMatch(/^单元格过多（超过 500 万个）/);
    const strings = await withParts(await workbook((wb) => register(wb.addWorksheet('台账'))), {
      'xl/sharedStrings.xml': `<sst xmlns="${NS}">${'<si><t>x</t></si>'.repeat(IMPORT_LIMITS.maxCells + 1)}</sst>`,
    });
    expect((await refusal(strings)).message).toMatch(/^单元格过多/);
  });

  it('a cell, a shared string or any stretch without markup longer than Excel allows', async () => {
    const long = 'b'.repeat(IMPORT_LIMITS.maxCellChars + 1);
    const cell = await withParts(await workbook((wb) => register(wb.addWorksheet('台账'))), {
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row></sheetData></worksheet>`,
    });
    expect((await refusal(cell)).message).toBe(LIMIT_MESSAGES.cellText());
    const string = await withParts(await workbook((wb) => register(wb.addWorksheet('台账'))), {
      'xl/sharedStrings.xml': `<sst xmlns="${NS}"><si><r><t>${long.slice(1000)}</t></r><r><t>${long.slice(0, 1000)}</t></r></si></sst>`,
    });
    expect((await refusal(string)).message).toBe(LIMIT_MESSAGES.cellText());
    const comment = await withParts(await workbook((wb) => register(wb.addWorksheet('台账'))), {
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="${NS}"><sheetData><!--${'c'.repeat(IMPORT_LIMITS.maxCellChars * 8)}--></sheetData></worksheet>`,
    });
    expect((await refusal(comment)).message).toBe(LIMIT_MESSAGES.cellText());
  });

  it('more header columns than the limit', async () => {
    const buffer = await workbook((wb) => {
      const sheet = wb.addWorksheet('台账');
      sheet.addRow(Array.from({ length: IMPORT_LIMITS.maxColumns + 1 }, (_, i) => `列${i + 1}`));
    });
    expect((await refusal(buffer)).message).toMatch(/^列标题过多/);
  });
});
