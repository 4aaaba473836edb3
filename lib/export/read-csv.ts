// A CSV register file's bytes → a SheetTable. Excel on Chinese Windows saves "CSV (逗号分隔)" in
// GB18030 (GBK), "CSV UTF-8" with a BOM, and scripts write UTF-8 without one: all three are read.
// UTF-8 is tried first (strictly: one invalid byte and it is not UTF-8), then GB18030, accepted only
// when the bytes decode without a replacement character and encode back to exactly themselves.
// Anything else (UTF-16 "Unicode 文本", Big5, a binary file) is refused with what to do instead.
import iconv from 'iconv-lite';
import { CsvParseError, tableFromCsv, type SheetTable } from '@/lib/domain/register';
import { SpreadsheetReadError } from './spreadsheet-error';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const SAVE_AS = '请在 Excel 或 WPS 中选择“另存为”→“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”，或直接上传 .xlsx 文件';

export type CsvEncoding = 'utf-8' | 'gb18030';

function utf8(buffer: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return null;
  }
}

function gb18030(buffer: Buffer): string | null {
  const text = iconv.decode(buffer, 'gb18030');
  return !text.includes('\uFFFD') && iconv.encode(text, 'gb18030').equals(buffer) ? text : null;
}

/** The text of a CSV file and the encoding it was in; refuses a file in neither encoding. */
export function decodeCsv(buffer: Buffer): { text: string; encoding: CsvEncoding } {
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    throw new SpreadsheetReadError('encoding', `这是 UTF-16（“Unicode 文本”）编码的文件，无法识别。${SAVE_AS}`);
  }
  if (buffer.subarray(0, 4).equals(ZIP_SIGNATURE) || buffer.includes(0)) {
    throw new SpreadsheetReadError('corrupt', '这是一个二进制文件，不是 CSV 文本');
  }
  const asUtf8 = utf8(buffer);
  if (asUtf8 !== null) return { text: asUtf8, encoding: 'utf-8' };
  const asGb = buffer.subarray(0, 3).equals(UTF8_BOM) ? null : gb18030(buffer);
  if (asGb !== null) return { text: asGb, encoding: 'gb18030' };
  throw new SpreadsheetReadError('encoding', `无法识别文件的文字编码（既不是 UTF-8，也不是 GB18030/GBK）。${SAVE_AS}`);
}

export function readCsv(buffer: Buffer): SheetTable {
  const { text } = decodeCsv(buffer);
  try {
    return tableFromCsv(text);
  } catch (e) {
    if (e instanceof CsvParseError) throw new SpreadsheetReadError(e.reason === 'too_large' ? 'too_large' : 'csv_syntax', e.message);
    throw e;
  }
}
