import { describe, expect, it } from 'vitest';
import { COLUMN_CODES, REVIEW_COLUMNS, REVIEW_KIND_CODES, ROW_CODES, TABLE_THREE_ROWS } from '../categories';
import { layoutRows, type TableLayout } from './table-layout';
import { tableFourLayout } from './table-four-layout';
import { tableThreeLayout } from './table-three-layout';
import { buildTableFour } from './table-four';
import { buildTableThree } from './table-three';
import { hangzhouCases, hangzhouReviews } from '@/tests/fixtures/hangzhou-2023';

const three = tableThreeLayout(2023, buildTableThree(hangzhouCases(), 2023));
const four = tableFourLayout(2023, buildTableFour(hangzhouReviews(), 2023));

/** Each grid position → the cells covering it. */
function coverage(layout: TableLayout): number[][] {
  const grid = Array.from({ length: layout.rowCount }, () => Array.from({ length: layout.columns.length }, () => 0));
  for (const c of layout.cells) for (let r = c.row; r < c.row + c.rowSpan; r++) for (let k = c.col; k < c.col + c.colSpan; k++) grid[r][k] += 1;
  return grid;
}

describe.each([
  ['三', three],
  ['四', four],
])('the layout of table %s', (_, layout) => {
  it('covers every grid position exactly once', () => {
    expect(coverage(layout).flat().every((n) => n === 1)).toBe(true);
  });

  it('lists its cells in reading order, and layoutRows groups them by the row they start in', () => {
    const order = layout.cells.map((c) => c.row * 100 + c.col);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(layoutRows(layout).flat()).toEqual(layout.cells);
  });

  it('has only labels in its header rows', () => {
    expect(layout.cells.filter((c) => c.row < layout.headerRows).every((c) => c.kind === 'label')).toBe(true);
  });
});

describe('table 三', () => {
  const rows = layoutRows(three);

  it('prints the 2021 header: the identity note, 申请人情况, 自然人, 法人或其他组织 over five types, 总计', () => {
    const header = rows.slice(0, 3).map((r) => r.map((c) => (c.kind === 'label' ? [c.text, c.rowSpan, c.colSpan] : null)));
    expect(header).toEqual([
      [['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', 3, 3], ['申请人情况', 1, 7]],
      [['自然人', 2, 1], ['法人或其他组织', 1, 5], ['总计', 2, 1]],
      [['商业', 1, 1], ['科研', 1, 1], ['社会公益组织', 1, 1], ['法律服务机构', 1, 1], ['其他', 1, 1]],
    ]);
  });

  it('has one body row per row code, labelled as categories.json prints it, with every column in order', () => {
    const body = rows.slice(3);
    expect(body).toHaveLength(ROW_CODES.length);
    body.forEach((cells, i) => {
      const values = cells.filter((c) => c.kind === 'value');
      expect(values.map((c) => c.ref)).toEqual(COLUMN_CODES.map((column) => ({ table: 'three', row: ROW_CODES[i], column })));
      const item = cells.filter((c) => c.kind === 'label' && c.scope === 'row');
      expect(item.map((c) => c.kind === 'label' && c.text)).toEqual([TABLE_THREE_ROWS[i].label]);
    });
  });

  it('spans 三、本年度办理结果 over the 22 result rows and each group (三)…(六) over its items', () => {
    const groups = three.cells.filter((c) => c.kind === 'label' && c.scope === 'rowgroup').map((c) => c.kind === 'label' && [c.text, c.rowSpan]);
    expect(groups).toEqual([
      ['三、本年度办理结果', 22],
      ['(三)不予公开', 8],
      ['(四)无法提供', 3],
      ['(五)不予处理', 5],
      ['(六)其他处理', 3],
    ]);
  });

  it('carries the numbers and names each one by row and column', () => {
    const cell = three.cells.find((c) => c.kind === 'value' && c.ref.table === 'three' && c.ref.row === 'new' && c.ref.column === 'natural_person');
    expect(cell).toMatchObject({ value: 47, name: '一、本年新收政府信息公开申请数量 × 自然人' });
  });
});

describe('table 四', () => {
  it('puts 行政复议 and 行政诉讼 over the kinds and one row of fifteen numbers', () => {
    const rows = layoutRows(four);
    expect(rows[0].map((c) => c.kind === 'label' && [c.text, c.colSpan])).toEqual([
      ['行政复议', 5],
      ['行政诉讼', 10],
    ]);
    expect(rows[1].map((c) => c.kind === 'label' && c.text)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']);
    expect(rows[3].map((c) => c.kind === 'value' && c.value)).toEqual([7, 0, 0, 0, 7, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1]);
    expect(rows[3].map((c) => c.kind === 'value' && c.ref)).toEqual(REVIEW_KIND_CODES.flatMap((kind) => REVIEW_COLUMNS.map(({ code: column }) => ({ table: 'four', kind, column }))));
    expect(rows[3][5]).toMatchObject({ name: '行政诉讼（未经复议直接起诉） × 结果维持' });
  });
});
