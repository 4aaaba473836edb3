// Table 三 in the layout of the national format (国办公开办函〔2021〕30号), as agencies publish it:
// three label columns (section, group, item), then 自然人, five 法人或其他组织 columns and 总计.
import { reportTitle } from '@/lib/domain/report-year';
import type ExcelJS from 'exceljs';
import { APPLICANT_TYPES, COLUMN_CODES, OUTCOME_GROUPS, TABLE_THREE_ROWS, type RowCode } from '@/lib/domain/categories';
import type { TableThree } from '@/lib/domain/report';
import { landscapeA4, mergedText, styleRange, titleRows } from './xlsx-style';

export const TABLE_THREE_SHEET = '收到和处理申请情况';
export const TABLE_THREE_FIRST_BODY_ROW = 6;
const LABEL_COLS = 3;
const WIDTH = LABEL_COLS + COLUMN_CODES.length; // A–C labels, D–J numbers
const IDENTITY_NOTE = '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)';

function label(code: RowCode): string {
  return TABLE_THREE_ROWS.find((r) => r.code === code)?.label ?? code;
}

function header(sheet: ExcelJS.Worksheet): void {
  mergedText(sheet, [3, 1, 5, LABEL_COLS], IDENTITY_NOTE);
  mergedText(sheet, [3, 4, 3, WIDTH], '申请人情况');
  mergedText(sheet, [4, 4, 5, 4], '自然人');
  mergedText(sheet, [4, 5, 4, WIDTH - 1], '法人或其他组织');
  mergedText(sheet, [4, WIDTH, 5, WIDTH], '总计');
  APPLICANT_TYPES.slice(1).forEach((t, i) => mergedText(sheet, [5, 5 + i, 5, 5 + i], t.short));
}

function numbers(sheet: ExcelJS.Worksheet, rowNumber: number, table: TableThree, code: RowCode): void {
  COLUMN_CODES.forEach((col, i) => {
    sheet.getCell(rowNumber, LABEL_COLS + 1 + i).value = table[code][col];
  });
  styleRange(sheet, rowNumber, LABEL_COLS + 1, rowNumber, WIDTH);
}

/** Body rows in categories order; returns the row number after the last one. */
function body(sheet: ExcelJS.Worksheet, table: TableThree): number {
  let r = TABLE_THREE_FIRST_BODY_ROW;
  const wholeRow = (code: RowCode) => {
    mergedText(sheet, [r, 1, r, LABEL_COLS], label(code), 'left');
    numbers(sheet, r, table, code);
    r += 1;
  };
  wholeRow('new');
  wholeRow('carried_in');
  const resultsStart = r;
  for (const group of OUTCOME_GROUPS) {
    const [first] = group.items;
    if (group.items.length === 1 && first.label === group.label) {
      mergedText(sheet, [r, 2, r, LABEL_COLS], first.label, 'left');
      numbers(sheet, r, table, first.code);
      r += 1;
      continue;
    }
    mergedText(sheet, [r, 2, r + group.items.length - 1, 2], group.label);
    for (const item of group.items) {
      mergedText(sheet, [r, 3, r, 3], item.label, 'left');
      numbers(sheet, r, table, item.code);
      r += 1;
    }
  }
  mergedText(sheet, [r, 2, r, LABEL_COLS], label('results_total'), 'left');
  numbers(sheet, r, table, 'results_total');
  mergedText(sheet, [resultsStart, 1, r, 1], '三、本年度办理结果');
  r += 1;
  wholeRow('carried_out');
  return r;
}

export function addTableThreeSheet(workbook: ExcelJS.Workbook, agencyName: string, year: number, table: TableThree): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(TABLE_THREE_SHEET);
  titleRows(sheet, WIDTH, reportTitle(year), agencyName);
  header(sheet);
  const end = body(sheet, table);
  sheet.columns = [{ width: 8 }, { width: 14 }, { width: 44 }, ...COLUMN_CODES.map(() => ({ width: 11 }))];
  for (let r = 3; r < end; r += 1) sheet.getRow(r).height = r <= 5 ? 24 : 30;
  landscapeA4(sheet);
  sheet.pageSetup.printTitlesRow = '3:5';
  return sheet;
}
