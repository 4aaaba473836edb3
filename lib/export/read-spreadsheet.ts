// Reads a register or review file into a SheetTable: the first worksheet of an .xlsx, or a UTF-8
// .csv. The extension decides the format, and the content must match it, so that a PDF renamed to
// .xlsx or a GBK CSV is refused with a clear message instead of producing garbled rows.
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import { CsvParseError, tableFromCsv, type SheetRow, type SheetTable } from '@/lib/domain/register';
import { sheetCellFromExcel } from './cell-value';
import { SpreadsheetReadError } from './spreadsheet-error';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

async function readXlsx(buffer: Buffer): Promise<SheetTable> {
  if (!buffer.subarray(0, 4).equals(ZIP_SIGNATURE)) throw new SpreadsheetReadError('corrupt');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw new SpreadsheetReadError('corrupt');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const width = Math.max(sheet.columnCount, sheet.actualColumnCount);
  const cellsOf = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => sheetCellFromExcel(row.getCell(i + 1).value));
  const header = cellsOf(sheet.getRow(1)).map((c) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c)));
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > 1) rows.push({ rowNumber, cells: cellsOf(row) });
  });
  return { header, rows };
}

function readCsv(buffer: Buffer): SheetTable {
  if (buffer.subarray(0, 4).equals(ZIP_SIGNATURE) || buffer.includes(0)) {
    throw new SpreadsheetReadError('corrupt', '这是一个二进制文件，不是 CSV 文本');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new SpreadsheetReadError(
      'encoding',
      'CSV 文件必须是 UTF-8 编码。请在 Excel 中选择“另存为”→“CSV UTF-8（逗号分隔）”，或直接上传 .xlsx 文件',
    );
  }
  try {
    return tableFromCsv(text);
  } catch (e) {
    if (e instanceof CsvParseError) throw new SpreadsheetReadError('csv_syntax', e.message);
    throw e;
  }
}

export async function readSpreadsheet(buffer: Buffer, fileName: string): Promise<SheetTable> {
  const ext = extensionOf(fileName);
  if (ext === 'xlsx') return readXlsx(buffer);
  if (ext === 'csv') return readCsv(buffer);
  if (ext === 'xls' || ext === 'et') {
    throw new SpreadsheetReadError('unsupported_type', '不支持旧版 .xls 格式，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入');
  }
  const what = ext ? `“.${ext}”文件` : '没有扩展名的文件';
  throw new SpreadsheetReadError('unsupported_type', `不支持${what}，请上传 .xlsx 或 .csv 文件`);
}
