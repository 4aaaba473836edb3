// Cell styling shared by the report sheets: the printed statutory tables are thin-ruled grids in
// 宋体 with wrapped, centred headers. Text is set as a text cell, never a formula (no apostrophe
// needed, unlike CSV: it would only show in the cell).
import type ExcelJS from 'exceljs';

const THIN = { style: 'thin' } as const;
export const FONT = { name: '宋体', size: 11 } as const;

export function setText(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
}

/** Thin borders, wrapping and the given alignment on every cell of a rectangle (merged or not). */
export function styleRange(
  sheet: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  horizontal: 'left' | 'center' = 'center',
): void {
  for (let r = top; r <= bottom; r += 1) {
    for (let c = left; c <= right; c += 1) {
      const cell = sheet.getCell(r, c);
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      cell.alignment = { vertical: 'middle', horizontal, wrapText: true };
      cell.font = FONT;
    }
  }
}

/** A merged block with one text, styled as part of the grid. */
export function mergedText(
  sheet: ExcelJS.Worksheet,
  [top, left, bottom, right]: [number, number, number, number],
  text: string,
  horizontal: 'left' | 'center' = 'center',
): void {
  if (top !== bottom || left !== right) sheet.mergeCells(top, left, bottom, right);
  setText(sheet.getCell(top, left), text);
  styleRange(sheet, top, left, bottom, right, horizontal);
}

/** Title and 填报单位 lines above a table, spanning its width. */
export function titleRows(sheet: ExcelJS.Worksheet, width: number, title: string, agencyName: string): void {
  sheet.mergeCells(1, 1, 1, width);
  setText(sheet.getCell(1, 1), title);
  sheet.getCell(1, 1).font = { ...FONT, size: 16, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  sheet.mergeCells(2, 1, 2, width);
  setText(sheet.getCell(2, 1), `填报单位：${agencyName}`);
  sheet.getCell(2, 1).font = FONT;
  sheet.getCell(2, 1).alignment = { horizontal: 'left', vertical: 'middle' };
}
