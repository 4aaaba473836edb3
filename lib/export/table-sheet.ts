// Draws a year-end table layout (lib/domain/report/table-layout.ts) on a worksheet: the title and
// 填报单位 lines, then every cell of the layout at its grid position, merged where it spans, in the
// thin-ruled print style of the statutory tables. The layout decides everything else.
import type ExcelJS from 'exceljs';
import type { TableLayout } from '@/lib/domain/report';
import { landscapeA4, mergedText, styleRange, titleRows } from './xlsx-style';

const FIRST_TABLE_ROW = 3; // after the title and 填报单位 lines
const HEADER_ROW_HEIGHT = 24;
const BODY_ROW_HEIGHT = 30;

export function addTableSheet(workbook: ExcelJS.Workbook, name: string, layout: TableLayout, agencyName: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  titleRows(sheet, layout.columns.length, layout.title, agencyName);
  for (const cell of layout.cells) {
    const top = FIRST_TABLE_ROW + cell.row;
    const left = 1 + cell.col;
    const box: [number, number, number, number] = [top, left, top + cell.rowSpan - 1, left + cell.colSpan - 1];
    if (cell.kind === 'label') {
      mergedText(sheet, box, cell.text, cell.align);
    } else {
      sheet.getCell(top, left).value = cell.value;
      styleRange(sheet, ...box);
    }
  }
  sheet.columns = layout.columns.map((c) => ({ width: c.width }));
  for (let r = 0; r < layout.rowCount; r += 1) sheet.getRow(FIRST_TABLE_ROW + r).height = r < layout.headerRows ? HEADER_ROW_HEIGHT : BODY_ROW_HEIGHT;
  landscapeA4(sheet);
  sheet.pageSetup.printTitlesRow = `${FIRST_TABLE_ROW}:${FIRST_TABLE_ROW + layout.headerRows - 1}`;
  return sheet;
}
