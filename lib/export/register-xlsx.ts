// A register (or review) file as .xlsx, the shape clerks keep in Excel (INTERFACES §1). Date columns
// become real date cells so that Excel sorts and filters them; the importer reads them back as the
// same calendar dates. Text goes in as text cells (shared strings), which a spreadsheet shows and
// never evaluates, so unlike CSV it needs no formula-neutralising apostrophe (it would show).
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import { FONT } from './xlsx-style';

type Value = string | number | null;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function widthOf(values: readonly Value[]): number {
  // CJK characters are about two Latin characters wide in a spreadsheet column.
  const longest = Math.max(...values.map((v) => [...String(v ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
  return Math.min(60, Math.max(10, longest + 2));
}

export async function writeRegisterXlsx(
  headers: readonly string[],
  rows: readonly (readonly Value[])[],
  sheetName = '台账',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OGI Desk';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...headers]).font = { ...FONT, bold: true };
  // 答复期限 is a date too (export-only); several dates in one cell stay text.
  const isDateColumn = headers.map((h) => h.endsWith('日期') || h === '答复期限');
  for (const values of rows) {
    const row = sheet.addRow(
      values.map((v, i) => {
        if (typeof v !== 'string') return v;
        if (isDateColumn[i] && ISO_DATE.test(v)) return new Date(`${v}T00:00:00Z`);
        return v;
      }),
    );
    row.font = FONT;
  }
  headers.forEach((h, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = widthOf([h, ...rows.map((r) => r[i] ?? null)]);
    if (isDateColumn[i]) column.numFmt = 'yyyy-mm-dd';
    column.alignment = { vertical: 'top', wrapText: !isDateColumn[i] };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
