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
  const letters = ref ? /^[A-Z]{1,3}/.exec(ref)?.[0] : undefined;
  if (!letters) return null;
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

type Cell = { column: number; type?: string; style: number; value: string[] | null; length: number };

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
  let rowCells: Map<number, SheetCell> | null = null;
  let cell: Cell | null = null;
  let capture = false; // inside <v>, or <t> of an inline string

  const endRow = () => {
    const cells = rowCells!;
    rowCells = null;
    if (rowNumber === 1) {
      kept = [...cells.entries()].filter(([, c]) => headerText(c).trim() !== '').map(([col]) => col).sort((a, b) => a - b);
      if (kept.length > IMPORT_LIMITS.maxColumns) throw limit(LIMIT_MESSAGES.columns());
      keptIndex = new Map(kept.map((col, i) => [col, i]));
      header = Array.from({ length: kept.length ? kept[kept.length - 1] : 0 }, () => '');
      for (const col of kept) header[col - 1] = headerText(cells.get(col) ?? null);
      return;
    }
    if (rowNumber < 1 || !header) return;
    const values: SheetCell[] = Array.from({ length: header.length }, () => null);
    let any = false;
    for (const [col, value] of cells) {
      values[col - 1] = value;
      if (value !== null && value !== '') any = true;
    }
    if (any) rows.push({ rowNumber, cells: values });
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
      rowCells = new Map();
    } else if (name === 'c') {
      if (++cellCount > IMPORT_LIMITS.maxCells) throw limit(LIMIT_MESSAGES.cells());
      const column = columnOf(attrs.r) ?? lastColumn + 1;
      lastColumn = column;
      cell = { column, type: attrs.t, style: Number(attrs.s ?? 0), value: null, length: 0 };
    } else if (cell && (name === 'v' || (name === 't' && cell.type === 'inlineStr'))) {
      capture = true;
      cell.value ??= [];
    }
  });
  parser.on('text', (text) => {
    if (capture && cell) {
      // One cell's text is held until the cell closes: beyond Excel's own limit it is refused.
      cell.length += text.length;
      if (cell.length > IMPORT_LIMITS.maxCellChars) throw limit(LIMIT_MESSAGES.cellText());
      cell.value!.push(text);
    }
  });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    if (name === 'v' || name === 't') capture = false;
    else if (name === 'c' && cell) {
      // Only the headed columns are kept (all of them in the header row itself).
      if (rowCells && (rowNumber <= 1 || keptIndex.has(cell.column))) {
        rowCells.set(cell.column, cellValue(cell.type, cell.value ? cell.value.join('') : null, dates.has(cell.style), strings, date1904));
      }
      cell = null;
    } else if (name === 'row' && rowCells) endRow();
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
