// A year-end table as a grid that a renderer walks: its columns, its header rows, and every cell
// once, with its grid position and how many rows and columns it covers (merged cells). The layouts
// of tables 三 and 四 in the published 2021 format are built here, once (table-three-layout.ts,
// table-four-layout.ts); the report page, the XLSX workbook and the DOCX and HTML exports only draw
// them, so a grouping or a merged heading can never differ between two outputs.
import type { ColumnCode, ReviewColumn, ReviewKind, RowCode } from '../categories';

/** The number a value cell shows: a cell of table 三 (row × column) or of table 四 (kind × column). */
export type CellRef = { table: 'three'; row: RowCode; column: ColumnCode } | { table: 'four'; kind: ReviewKind; column: ReviewColumn };

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
  value: number;
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
  /** 三 or 四: the table's number in the report. */
  number: '三' | '四';
  /** The title the table is published under, with the year. */
  title: string;
  columns: LayoutColumn[];
  /** Rows 0 … headerRows − 1 are column headings, repeated at the top of every printed page. */
  headerRows: number;
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

  value(row: number, col: number, value: number, ref: CellRef, name: string): void {
    this.cells.push({ kind: 'value', row, col, rowSpan: 1, colSpan: 1, value, ref, name });
  }

  sorted(): LayoutCell[] {
    return [...this.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  }
}
