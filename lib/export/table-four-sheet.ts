// Table 四 in the published layout: 行政复议 over five columns, 行政诉讼 over ten split into
// 未经复议直接起诉 and 复议后起诉; the five reconsideration headings span both header rows.
import { reviewTableTitle } from '@/lib/domain/report-year';
import type ExcelJS from 'exceljs';
import { REVIEW_COLUMNS, REVIEW_KINDS } from '@/lib/domain/categories';
import type { TableFour } from '@/lib/domain/report';
import { landscapeA4, mergedText, styleRange, titleRows } from './xlsx-style';

export const TABLE_FOUR_SHEET = '行政复议和行政诉讼情况';
const N = REVIEW_COLUMNS.length; // 5
const WIDTH = N * REVIEW_KINDS.length; // 15
export const TABLE_FOUR_DATA_ROW = 6;

export function addTableFourSheet(workbook: ExcelJS.Workbook, agencyName: string, year: number, table: TableFour): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(TABLE_FOUR_SHEET);
  titleRows(sheet, WIDTH, reviewTableTitle(year), agencyName);
  mergedText(sheet, [3, 1, 3, N], '行政复议');
  mergedText(sheet, [3, N + 1, 3, WIDTH], '行政诉讼');
  REVIEW_COLUMNS.forEach((c, i) => mergedText(sheet, [4, 1 + i, 5, 1 + i], c.label));
  REVIEW_KINDS.slice(1).forEach((kind, k) => {
    const left = N * (k + 1) + 1;
    mergedText(sheet, [4, left, 4, left + N - 1], kind.label);
    REVIEW_COLUMNS.forEach((c, i) => mergedText(sheet, [5, left + i, 5, left + i], c.label));
  });
  REVIEW_KINDS.forEach((kind, k) => {
    REVIEW_COLUMNS.forEach((c, i) => {
      sheet.getCell(TABLE_FOUR_DATA_ROW, N * k + i + 1).value = table[kind.code][c.code];
    });
  });
  styleRange(sheet, TABLE_FOUR_DATA_ROW, 1, TABLE_FOUR_DATA_ROW, WIDTH);
  sheet.columns = Array.from({ length: WIDTH }, () => ({ width: 9 }));
  for (const r of [3, 4, 5, 6]) sheet.getRow(r).height = 28;
  landscapeA4(sheet);
  return sheet;
}
