// A register file after reading, whatever its format: the header row and the data rows with the
// row numbers a spreadsheet shows (the header is row 1). lib/export fills it from .xlsx; this file
// fills it from CSV text.
import { utcDayOf } from '../dates';
import { parseCsv } from './csv-parse';
import { restoreSpreadsheetText } from './neutralise';

export type SheetCell = string | number | Date | null;
export type SheetRow = { rowNumber: number; cells: SheetCell[] };
export type SheetTable = { header: string[]; rows: SheetRow[] };

/** A CSV's cells, with the apostrophe our CSV export puts before formula-like text taken off again. */
export function tableFromCsv(text: string): SheetTable {
  const [header = [], ...rows] = parseCsv(text).map((cells) => cells.map(restoreSpreadsheetText));
  return {
    header,
    rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
  };
}

/** A cell as text, trimmed; a Date cell in a text column becomes its calendar date. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : utcDayOf(cell);
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return cell.trim();
}

export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every((c) => cellText(c) === '');
}
