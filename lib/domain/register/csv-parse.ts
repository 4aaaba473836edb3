// CSV register files, read with csv-parse (RFC 4180: quoted fields with commas, doubled quotes and
// line breaks). Clerks' files come from Excel, WPS and hand-written scripts, so a leading BOM, LF
// or lone CR line ends, rows of different lengths and a stray quote inside an unquoted field (kept
// literally) are all accepted. Spreadsheet programs show a quoted multi-line field as one row, so
// one record here is one spreadsheet row and row numbers in messages match what the clerk sees.
// Text only: the bytes are decoded (UTF-8 or GB18030) by the reader in lib/export.
import { CsvError, parse } from 'csv-parse/sync';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from './file-limits';

export class CsvParseError extends Error {
  constructor(
    message: string,
    readonly row: number,
    readonly reason: 'syntax' | 'too_large' = 'syntax',
  ) {
    super(message);
    this.name = 'CsvParseError';
  }
}

export function parseCsv(text: string, limits: { maxRows: number; maxCells: number } = IMPORT_LIMITS): string[][] {
  let cells = 0;
  try {
    return parse(text, {
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: (record: string[], context) => {
        // Stop reading as soon as a limit is passed, before the rest of the file is held in memory.
        cells += record.length;
        if (context.records > limits.maxRows + 1) throw new CsvParseError(LIMIT_MESSAGES.rows(), context.records, 'too_large');
        if (cells > limits.maxCells) throw new CsvParseError(LIMIT_MESSAGES.cells(), context.records, 'too_large');
        return record;
      },
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      // The quote opened in the record after the last complete one.
      const row = ((error as CsvError & { records?: number }).records ?? 0) + 1;
      throw new CsvParseError(`第${row}行：引号没有闭合，请检查这一行中的英文双引号（"）是否成对`, row);
    }
    if (error instanceof CsvError) throw new CsvParseError(`CSV 格式有误（${error.message}），请用 Excel 或 WPS 打开后重新“另存为” CSV`, 0);
    throw error;
  }
}
