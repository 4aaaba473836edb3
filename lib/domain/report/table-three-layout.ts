// Table 三 as published in the 2021 format (国办公开办函〔2021〕30号): three label columns (section,
// group, item) and one column per applicant type plus 总计. The header puts the identity note in
// the corner and 申请人情况 over 自然人, 法人或其他组织 (its five types) and 总计; the body spans
// 三、本年度办理结果 over its 22 rows and each group (三)…(六) over its items.
import { APPLICANT_TYPES, COLUMN_CODES, OUTCOME_GROUPS, TABLE_THREE_ROWS, TOTAL_COLUMN, type RowCode } from '../categories';
import { reportTitle } from '../report-year';
import { cellName } from './names';
import { groupRuns, LayoutBuilder, type TableLayout } from './table-layout';
import type { TableThree } from './types';

const IDENTITY_NOTE = '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)';
const RESULTS_SECTION = '三、本年度办理结果';
const LABEL_COLUMNS = 3;
const HEADER_ROWS = 3;

const rowLabel = (code: RowCode) => TABLE_THREE_ROWS.find((r) => r.code === code)?.label ?? code;

function header(b: LayoutBuilder): void {
  b.label(0, 0, IDENTITY_NOTE, { rowSpan: HEADER_ROWS, colSpan: LABEL_COLUMNS, scope: null, align: 'left' });
  b.label(0, LABEL_COLUMNS, '申请人情况', { colSpan: COLUMN_CODES.length, scope: 'colgroup' });
  // A type without a group heads both lower rows; consecutive types of one group share a heading
  // above their short labels.
  let col = LABEL_COLUMNS;
  for (const run of groupRuns(APPLICANT_TYPES)) {
    if (run.group === null) b.label(1, col, run.items[0].short, { rowSpan: 2 });
    else {
      b.label(1, col, run.group, { colSpan: run.items.length, scope: 'colgroup' });
      run.items.forEach((t, j) => b.label(2, col + j, t.short));
    }
    col += run.items.length;
  }
  b.label(1, col, TOTAL_COLUMN.label, { rowSpan: 2 });
}

/**
 * The body rows in categories order. A group of one item is that item (the table prints
 * (一)予以公开 once, across the group and item columns); a larger group heads its items.
 */
function body(b: LayoutBuilder, table: TableThree): number {
  let r = HEADER_ROWS;
  const numbers = (code: RowCode) => COLUMN_CODES.forEach((column, i) => b.value(r, LABEL_COLUMNS + i, table[code][column], { table: 'three', row: code, column }, cellName({ table: 'three', row: code, column })));
  const wholeRow = (code: RowCode) => {
    b.label(r, 0, rowLabel(code), { colSpan: LABEL_COLUMNS, scope: 'row', align: 'left' });
    numbers(code);
    r += 1;
  };
  wholeRow('new');
  wholeRow('carried_in');
  const resultRows = OUTCOME_GROUPS.reduce((n, g) => n + g.items.length, 0) + 1; // + (七)总计
  b.label(r, 0, RESULTS_SECTION, { rowSpan: resultRows, scope: 'rowgroup' });
  for (const group of OUTCOME_GROUPS) {
    if (group.items.length === 1) {
      b.label(r, 1, group.items[0].label, { colSpan: 2, scope: 'row', align: 'left' });
      numbers(group.items[0].code);
      r += 1;
      continue;
    }
    b.label(r, 1, group.label, { rowSpan: group.items.length, scope: 'rowgroup' });
    for (const item of group.items) {
      b.label(r, 2, item.label, { scope: 'row', align: 'left' });
      numbers(item.code);
      r += 1;
    }
  }
  b.label(r, 1, rowLabel('results_total'), { colSpan: 2, scope: 'row', align: 'left' });
  numbers('results_total');
  r += 1;
  wholeRow('carried_out');
  return r;
}

export function tableThreeLayout(year: number, table: TableThree): TableLayout {
  const b = new LayoutBuilder();
  header(b);
  const rowCount = body(b, table);
  return {
    number: '三',
    title: reportTitle(year),
    columns: [
      { role: 'label', width: 8 },
      { role: 'label', width: 14 },
      { role: 'label', width: 44 },
      ...COLUMN_CODES.map(() => ({ role: 'value' as const, width: 11 })),
    ],
    headerRows: HEADER_ROWS,
    blocks: [0],
    rowCount,
    cells: b.sorted(),
  };
}
