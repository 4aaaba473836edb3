// Table 四 as published: 行政复议 over its five columns; 行政诉讼 over ten, split into
// 未经复议直接起诉 and 复议后起诉; the five headings of 行政复议 span both lower header rows. One row of
// numbers.
import { REVIEW_COLUMNS, REVIEW_KINDS } from '../categories';
import { reviewTableTitle } from '../report-year';
import { cellName } from './names';
import { groupRuns, LayoutBuilder, type TableLayout } from './table-layout';
import type { TableFour } from './types';

const HEADER_ROWS = 3;
const N = REVIEW_COLUMNS.length;

export function tableFourLayout(year: number, table: TableFour): TableLayout {
  const b = new LayoutBuilder();
  // A kind without a group heads its own columns; the kinds of one group share its heading.
  let col = 0;
  for (const run of groupRuns(REVIEW_KINDS)) {
    if (run.group === null) {
      b.label(0, col, run.items[0].label, { colSpan: N, scope: 'colgroup' });
      REVIEW_COLUMNS.forEach((c, j) => b.label(1, col + j, c.label, { rowSpan: 2 }));
    } else {
      b.label(0, col, run.group, { colSpan: N * run.items.length, scope: 'colgroup' });
      run.items.forEach((kind, m) => {
        b.label(1, col + N * m, kind.label, { colSpan: N, scope: 'colgroup' });
        REVIEW_COLUMNS.forEach((c, j) => b.label(2, col + N * m + j, c.label));
      });
    }
    col += N * run.items.length;
  }
  REVIEW_KINDS.forEach((kind, k) =>
    REVIEW_COLUMNS.forEach(({ code: column }, j) => {
      const ref = { table: 'four', kind: kind.code, column } as const;
      b.value(HEADER_ROWS, N * k + j, table[kind.code][column], ref, cellName(ref));
    }),
  );
  return {
    number: '四',
    title: reviewTableTitle(year),
    columns: REVIEW_KINDS.flatMap(() => REVIEW_COLUMNS.map(() => ({ role: 'value' as const, width: 9 }))),
    headerRows: HEADER_ROWS,
    blocks: [0],
    rowCount: HEADER_ROWS + 1,
    cells: b.sorted(),
  };
}
