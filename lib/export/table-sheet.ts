// Draws a year-end table layout (lib/domain/report/table-layout.ts) on a worksheet: the title and
// 填报单位 lines, then every cell of the layout at its grid position, merged where it spans, in the
// thin-ruled print style of the statutory tables. The layout decides everything else.
//
// On paper a table prints on ONE A4 page (fit to one page wide and one tall): split over two pages,
// table 三's "三、本年度办理结果" label, merged down 22 rows, would not continue on the second page.
// Rows are as tall as their wrapped labels need, so the one page scales the text as little as
// possible; the header rows are also the sheet's print titles.
import type ExcelJS from 'exceljs';
import { textWidth } from '@/lib/domain/text-width';
import type { TableLayout } from '@/lib/domain/report';
import { mergedText, styleRange, titleRows } from './xlsx-style';

const FIRST_TABLE_ROW = 3; // after the title and 填报单位 lines
const LINE_HEIGHT = 14.5; // points per line of 11 pt text
const PADDING = 5;

/** Lines a label needs in its (merged) width: text width in character units over the column width. */
function linesOf(layout: TableLayout): number[] {
  const lines = Array.from({ length: layout.rowCount }, () => 1);
  for (const cell of layout.cells) {
    if (cell.kind !== 'label' || cell.rowSpan > 1) continue;
    const width = layout.columns.slice(cell.col, cell.col + cell.colSpan).reduce((s, c) => s + c.width, 0);
    // Two width units per CJK character, one per ASCII character, as spreadsheets count them.
    lines[cell.row] = Math.max(lines[cell.row], Math.ceil((2 * textWidth(cell.text)) / Math.max(1, width - 1)));
  }
  return lines;
}

export function addTableSheet(workbook: ExcelJS.Workbook, name: string, layout: TableLayout, agencyName: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  titleRows(sheet, layout.columns.length, layout.title, agencyName);
  for (const cell of layout.cells) {
    const top = FIRST_TABLE_ROW + cell.row;
    const left = 1 + cell.col;
    const box: [number, number, number, number] = [top, left, top + cell.rowSpan - 1, left + cell.colSpan - 1];
    if (cell.kind === 'label') {
      mergedText(sheet, box, cell.text, cell.align);
      continue;
    }
    if (cell.colSpan > 1) sheet.mergeCells(...box);
    const target = sheet.getCell(top, left);
    // 收费金额 is whole 元 in the layout and 万元 on paper; a count is a count.
    const isAmount = cell.ref.table === 'two' && cell.ref.column === 'amount';
    target.value = cell.value === null ? null : isAmount ? cell.value / 10_000 : cell.value;
    if (isAmount) target.numFmt = '0.####';
    styleRange(sheet, ...box);
  }
  sheet.columns = layout.columns.map((c) => ({ width: c.width }));
  linesOf(layout).forEach((n, r) => (sheet.getRow(FIRST_TABLE_ROW + r).height = n * LINE_HEIGHT + PADDING));
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 1,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 },
  };
  if (layout.headerRows > 0) sheet.pageSetup.printTitlesRow = `${FIRST_TABLE_ROW}:${FIRST_TABLE_ROW + layout.headerRows - 1}`;
  return sheet;
}
