// The first worksheet of an .xlsx as a SheetTable, read as a stream one row at a time after
// xlsx-first-sheet.ts has bounded its size, rows and cells: only the columns that have a header are
// kept, so a sheet with a stray cell in column XFD costs no more memory than the register it holds.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '@/lib/domain/register/file-limits';
import type { SheetCell, SheetRow, SheetTable } from '@/lib/domain/register';
import { sheetCellFromExcel } from './cell-value';
import { SpreadsheetReadError } from './spreadsheet-error';
import { firstSheetPackage } from './xlsx-first-sheet';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The rule exceljs applies to plain number cells, for the results of formulas (=B2+15 on a date). */
function isDateFormat(format: string | undefined): boolean {
  return !!format && /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function cellOf(cell: ExcelJS.Cell | undefined, date1904: boolean): SheetCell {
  if (!cell) return null;
  const value = cell.value;
  if (value && typeof value === 'object' && 'formula' in value && typeof value.result === 'number' && isDateFormat(cell.numFmt)) {
    return excelSerialToDate(value.result, date1904);
  }
  return sheetCellFromExcel(value);
}

const headerText = (c: SheetCell) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c));
const limit = (message: string) => new SpreadsheetReadError('too_large', message);

export async function readXlsx(buffer: Buffer): Promise<SheetTable> {
  if (!buffer.subarray(0, 4).equals(ZIP_SIGNATURE)) throw new SpreadsheetReadError('corrupt');
  const { zip, date1904 } = await firstSheetPackage(buffer);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([zip]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });

  let header: string[] = [];
  const kept: number[] = []; // 1-based columns with a header
  const rows: SheetRow[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (row.number === 1) {
          row.eachCell({ includeEmpty: false }, (cell, col) => {
            const text = headerText(cellOf(cell, date1904)).trim();
            if (text !== '') kept.push(col);
          });
          if (kept.length > IMPORT_LIMITS.maxColumns) throw limit(LIMIT_MESSAGES.columns());
          header = Array.from({ length: kept.length ? kept[kept.length - 1] : 0 }, () => '');
          for (const col of kept) header[col - 1] = headerText(cellOf(row.findCell(col), date1904));
          continue;
        }
        if (row.number < 1) continue;
        const values: SheetCell[] = Array.from({ length: header.length }, () => null);
        let any = false;
        for (const col of kept) {
          const value = cellOf(row.findCell(col), date1904);
          values[col - 1] = value;
          if (value !== null && value !== '') any = true;
        }
        if (!any) continue;
        rows.push({ rowNumber: row.number, cells: values });
      }
      break; // the repackaged workbook has one sheet; never read on
    }
  } catch (error) {
    if (error instanceof SpreadsheetReadError) throw error;
    throw new SpreadsheetReadError('corrupt');
  }
  return { header, rows };
}
