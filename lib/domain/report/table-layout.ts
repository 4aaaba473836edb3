// A year-end table as a grid that a renderer walks: its columns, its header rows, and every cell
// once, with its grid position and how many rows and columns it covers (merged cells). The layouts
// of tables 三 and 四 in the published 2021 format are built here, once (table-three-layout.ts,
// table-four-layout.ts); the report page, the XLSX workbook and the DOCX and HTML exports only draw
// them, so a grouping or a merged heading can never differ between two outputs.
import type { ColumnCode, ReviewColumn, ReviewKind, RowCode } from '../categories';
import type { TableTwoColumn, TableTwoRow } from './table-two';

/** The number a value cell shows: a cell of table 二 or 三 (row × column) or of table 四 (kind × column). */
export type CellRef =
  | { table: 'two'; row: TableTwoRow; column: TableTwoColumn }
  | { table: 'three'; row: RowCode; column: ColumnCode }
  | { table: 'four'; kind: ReviewKind; column: ReviewColumn };

/** A cell's top-left grid position (0-based, header rows included) and the rows and columns it covers. */
export type CellBox = { row: number; col: number; rowSpan: number; colSpan: number };

/** A heading or a row label, printed as the table prints it. */
export type LabelCell = CellBox & {
  kind: 'label';
  text: string;
  /** What the label heads (HTML scope): a column, a group of columns, a row, a group of rows; null for the corner note. */
  scope: 'col' | 'colgroup' | 'row' | 'rowgroup' | null;
  align: 'left' | 'center';
};

/** A number of the table; zeros are printed as 0. */
export type ValueCell = CellBox & {
  kind: 'value';
  /** A count, or for 收费金额 whole 元; null where table 二 has nothing entered. */
  value: number | null;
  /** As printed: "16", "0", "12.3456" (万元), "" for nothing entered. */
  text: string;
  ref: CellRef;
  /** The cell named by its row and column, e.g. “一、本年新收政府信息公开申请数量 × 自然人”. */
  name: string;
};

export type LayoutCell = LabelCell | ValueCell;

export type LayoutColumn = {
  role: 'label' | 'value';
  /** Relative width, in characters of the table's text. */
  width: number;
};

export type TableLayout = {
  /** 二, 三 or 四: the table's number in the report. */
  number: '二' | '三' | '四';
  /** The title the table is published under, with the year. */
  title: string;
  columns: LayoutColumn[];
  /** Rows 0 … headerRows − 1 are column headings, repeated at the top of every printed page. */
  headerRows: number;
  /**
   * First rows of the blocks a table is printed in, each with its own column headings (table 二's
   * four 第二十条 blocks); a column heading heads the values below it within its block only.
   */
  blocks: number[];
  rowCount: number;
  /** Every cell once, by row then column; grid positions covered by a merged cell have none. */
  cells: LayoutCell[];
};

/** The cells that start in each grid row, in column order: what one HTML, DOCX or XLSX row holds. */
export function layoutRows(layout: TableLayout): LayoutCell[][] {
  const rows: LayoutCell[][] = Array.from({ length: layout.rowCount }, () => []);
  for (const cell of layout.cells) rows[cell.row].push(cell);
  return rows;
}

/**
 * Consecutive items under one group heading, in order; an item without a group stands alone. Both
 * tables print their column headings this way (法人或其他组织 over five types, 行政诉讼 over two kinds).
 */
export function groupRuns<T extends { group: string | null }>(items: readonly T[]): { group: string | null; items: T[] }[] {
  const runs: { group: string | null; items: T[] }[] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (item.group !== null && last?.group === item.group) last.items.push(item);
    else runs.push({ group: item.group, items: [item] });
  }
  return runs;
}

/** Collects the cells of a layout in reading order; spans default to 1. */
export class LayoutBuilder {
  readonly cells: LayoutCell[] = [];

  label(row: number, col: number, text: string, options: Partial<Pick<LabelCell, 'rowSpan' | 'colSpan' | 'scope' | 'align'>> = {}): void {
    this.cells.push({ kind: 'label', row, col, text, rowSpan: options.rowSpan ?? 1, colSpan: options.colSpan ?? 1, scope: options.scope ?? 'col', align: options.align ?? 'center' });
  }

  value(row: number, col: number, value: number | null, ref: CellRef, name: string, options: { text?: string; colSpan?: number } = {}): void {
    this.cells.push({ kind: 'value', row, col, rowSpan: 1, colSpan: options.colSpan ?? 1, value, text: options.text ?? String(value ?? ''), ref, name });
  }

  sorted(): LayoutCell[] {
    return [...this.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  }
}

/** Whether a box covers grid column `col`. */
const coversColumn = (box: CellBox, col: number) => box.col <= col && col < box.col + box.colSpan;
const coversRow = (box: CellBox, row: number) => box.row <= row && row < box.row + box.rowSpan;

/**
 * The headings of a value cell, outermost first: the column headings above it in its block, then
 * the row headings beside it. HTML `headers` and spoken names are built from these.
 */
export function headingsOf(layout: TableLayout, cell: LayoutCell): LabelCell[] {
  const blockStart = Math.max(0, ...layout.blocks.filter((b) => b <= cell.row));
  const labels = layout.cells.filter((c): c is LabelCell => c.kind === 'label' && c.scope !== null);
  const columnHeads = labels.filter(
    (l) => (l.scope === 'col' || l.scope === 'colgroup') && l.row >= blockStart && l.row < cell.row && [...Array(cell.colSpan).keys()].some((i) => coversColumn(l, cell.col + i)),
  );
  const rowHeads = labels.filter((l) => (l.scope === 'row' || l.scope === 'rowgroup') && coversRow(l, cell.row) && l.col < cell.col);
  return [...columnHeads, ...rowHeads];
}
