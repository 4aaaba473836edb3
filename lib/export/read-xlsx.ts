// The first worksheet of an .xlsx, parsed as its parts stream out of the zip (xlsx-first-sheet.ts):
// the shared strings, then the sheet one element at a time, counting rows and cells against
// IMPORT_LIMITS as they come. Only the columns that have a header are kept, so a sheet with a stray
// cell in column XFD costs no more memory than the register it holds. streamXlsx hands the rows on
// as they are parsed, a chunk of the sheet at a time, so that a 100,000-row register is checked
// without ever holding its rows (let alone its XML); readXlsx collects them into a SheetTable.
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '@/lib/domain/register/file-limits';
import type { SheetCell, SheetRow, SheetTable } from '@/lib/domain/register';
import type { SheetRows } from './sheet-rows';
import { SpreadsheetReadError } from './spreadsheet-error';
import { boundedWriter, cellValue, dateStyles, local, sharedStringsReader, xmlParser, type SharedStrings } from './xlsx-cells';
import { corrupt, firstSheet, partChunks, streamPart } from './xlsx-first-sheet';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const limit = (message: string) => new SpreadsheetReadError('too_large', message);
const headerText = (c: SheetCell) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c));

/** Column number (1-based) of a cell reference such as "AB12". */
function columnOf(ref: string | undefined): number | null {
  if (!ref) return null;
  let n = 0;
  let i = 0;
  for (; i < 3 && i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break; // A–Z
    n = n * 26 + code - 64;
  }
  return i === 0 ? null : n;
}

type Cell = { column: number; type?: string; style: number; value: string | null };

function sheetReader(strings: SharedStrings, dates: Set<number>, date1904: boolean) {
  const parser = xmlParser();
  let header: string[] | null = null;
  let kept: number[] = []; // 1-based columns with a header
  let keptIndex = new Map<number, number>();
  let rows: SheetRow[] = []; // parsed and not yet taken
  let rowCount = 0;
  let cellCount = 0;
  let rowNumber = 0;
  let lastColumn = 0;
  // The header row's cells by column; a data row's values, in the header's columns.
  let headerCells: Map<number, SheetCell> | null = null;
  let values: SheetCell[] | null = null;
  let cell: Cell | null = null;
  const open: Cell = { column: 0, type: undefined, style: 0, value: null }; // the one cell open at a time, reused
  let capture = false; // inside <v>, or <t> of an inline string

  const endHeader = (cells: Map<number, SheetCell>) => {
    kept = [...cells.entries()].filter(([, c]) => headerText(c).trim() !== '').map(([col]) => col).sort((a, b) => a - b);
    if (kept.length > IMPORT_LIMITS.maxColumns) throw limit(LIMIT_MESSAGES.columns());
    keptIndex = new Map(kept.map((col, i) => [col, i]));
    header = Array.from({ length: kept.length ? kept[kept.length - 1] : 0 }, () => '');
    for (const col of kept) header[col - 1] = headerText(cells.get(col) ?? null);
  };

  const endRow = () => {
    if (headerCells) {
      const cells = headerCells;
      headerCells = null;
      if (rowNumber === 1) endHeader(cells);
      return;
    }
    const cells = values!;
    values = null;
    if (cells.some((value) => value !== null && value !== '')) rows.push({ rowNumber, cells });
  };

  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    const attrs = tag.attributes as Record<string, string>;
    if (name === 'row') {
      if (++rowCount > IMPORT_LIMITS.maxRows + 1) throw limit(LIMIT_MESSAGES.rows());
      const r = Number(attrs.r);
      rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
      if (rowNumber > 1) header ??= []; // a sheet without a first row has no header
      lastColumn = 0;
      if (rowNumber === 1) headerCells = new Map();
      else values = Array.from({ length: header?.length ?? 0 }, () => null);
    } else if (name === 'c') {
      if (++cellCount > IMPORT_LIMITS.maxCells) throw limit(LIMIT_MESSAGES.cells());
      const column = columnOf(attrs.r) ?? lastColumn + 1;
      lastColumn = column;
      cell = open;
      cell.column = column;
      cell.type = attrs.t;
      cell.style = Number(attrs.s ?? 0);
      cell.value = null;
    } else if (cell && (name === 'v' || (name === 't' && cell.type === 'inlineStr'))) {
      capture = true;
      cell.value ??= '';
    }
  });
  parser.on('text', (text) => {
    if (capture && cell) {
      // One cell's text is held until the cell closes: beyond Excel's own limit it is refused.
      if (cell.value!.length + text.length > IMPORT_LIMITS.maxCellChars) throw limit(LIMIT_MESSAGES.cellText());
      cell.value += text;
    }
  });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    if (name === 'v' || name === 't') capture = false;
    else if (name === 'c' && cell) {
      // Only the headed columns are kept (all of them in the header row itself).
      const isDate = dates.has(cell.style);
      if (headerCells) headerCells.set(cell.column, cellValue(cell.type, cell.value, isDate, strings, date1904));
      else if (values && keptIndex.has(cell.column)) values[cell.column - 1] = cellValue(cell.type, cell.value, isDate, strings, date1904);
      cell = null;
    } else if (name === 'row' && (headerCells || values)) endRow();
  });
  return {
    write: boundedWriter(parser),
    header: () => header,
    /** The rows parsed since the last call. */
    take: (): SheetRow[] => {
      const taken = rows;
      rows = [];
      return taken;
    },
  };
}

type SheetReader = ReturnType<typeof sheetReader>;

const readError = (error: unknown) => (error instanceof SpreadsheetReadError ? error : corrupt());

async function* rowsOf(sheet: SheetReader, chunks: AsyncIterator<string> | null): AsyncGenerator<SheetRow> {
  try {
    for (;;) {
      yield* sheet.take();
      const next = chunks ? await chunks.next() : null;
      if (!next || next.done) return;
      sheet.write(next.value);
    }
  } catch (error) {
    throw readError(error);
  } finally {
    await chunks?.return?.(undefined);
  }
}

/** The header row of the first sheet, and its data rows as they are parsed (each limit checked as it is reached). */
export async function streamXlsx(buffer: Buffer): Promise<SheetRows> {
  if (!buffer.subarray(0, 4).equals(ZIP_SIGNATURE)) throw new SpreadsheetReadError('corrupt');
  const book = await firstSheet(buffer);
  try {
    const shared = sharedStringsReader();
    if (book.stringsPart) await streamPart(book.zip, book.stringsPart, book.budget, shared.write);
    shared.end();
    const sheet = sheetReader(shared.strings, dateStyles(book.styles), book.date1904);
    const chunks = book.sheetPart ? partChunks(book.zip, book.sheetPart, book.budget) : null;
    // Read up to the end of the header row; the rows parsed with it wait in the reader.
    while (chunks && sheet.header() === null) {
      const next = await chunks.next();
      if (next.done) break;
      sheet.write(next.value);
    }
    return { header: sheet.header() ?? [], rows: rowsOf(sheet, chunks) };
  } catch (error) {
    throw readError(error);
  }
}

export async function readXlsx(buffer: Buffer): Promise<SheetTable> {
  const { header, rows } = await streamXlsx(buffer);
  const all: SheetRow[] = [];
  for await (const row of rows) all.push(row);
  return { header, rows: all };
}
