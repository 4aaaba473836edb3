// Reads a register or review file into a SheetTable: the first worksheet of an .xlsx (read-xlsx.ts,
// bounded against spreadsheet bombs) or a .csv in UTF-8 or GB18030 (read-csv.ts). The extension
// decides the format, and the content must match it, so that a PDF renamed to .xlsx is refused with
// a clear message instead of producing garbled rows. A file over the size limit is refused first.
// streamSpreadsheet hands the rows on as they are read (an .xlsx a chunk at a time; a CSV, small
// by comparison, is parsed whole), so that a large register is checked without holding its rows.
import type { Buffer } from 'node:buffer';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '@/lib/domain/register/file-limits';
import type { SheetTable } from '@/lib/domain/register';
import { readCsv } from './read-csv';
import { readXlsx, streamXlsx } from './read-xlsx';
import type { SheetRows } from './sheet-rows';
import { SpreadsheetReadError } from './spreadsheet-error';

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export async function readSpreadsheet(buffer: Buffer, fileName: string): Promise<SheetTable> {
  if (formatOf(buffer, fileName) === 'xlsx') return readXlsx(buffer);
  return readCsv(buffer);
}

export async function streamSpreadsheet(buffer: Buffer, fileName: string): Promise<SheetRows> {
  if (formatOf(buffer, fileName) === 'xlsx') return streamXlsx(buffer);
  const { header, rows } = readCsv(buffer);
  return { header, rows: (async function* () { yield* rows; })() };
}

function formatOf(buffer: Buffer, fileName: string): 'xlsx' | 'csv' {
  const ext = extensionOf(fileName);
  if ((ext === 'xlsx' || ext === 'csv') && buffer.length > IMPORT_LIMITS.maxBytes) {
    throw new SpreadsheetReadError('too_large', LIMIT_MESSAGES.bytes(buffer.length));
  }
  if (ext === 'xlsx' || ext === 'csv') return ext;
  if (ext === 'xls' || ext === 'et') {
    throw new SpreadsheetReadError('unsupported_type', '不支持旧版 .xls 格式，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入');
  }
  const what = ext ? `“.${ext}”文件` : '没有扩展名的文件';
  throw new SpreadsheetReadError('unsupported_type', `不支持${what}，请上传 .xlsx 或 .csv 文件`);
}
