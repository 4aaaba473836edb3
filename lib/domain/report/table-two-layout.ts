// Table 二 as published in the 2021 format: four blocks, one per 第二十条 item, each headed by the
// item across the table, then 信息内容 and its value columns; a block with one value column spans
// it across the three. Nothing entered prints as an empty cell (the checks name it), zero as 0.
import { LayoutBuilder, type TableLayout } from './table-layout';
import { formatTableTwoValue, TABLE_TWO_BLOCKS, TABLE_TWO_COLUMN_LABELS, TABLE_TWO_ROW_LABELS, type TableTwo, type TableTwoColumn, type TableTwoField, type TableTwoRow } from './table-two';

const VALUE_COLUMNS = 3;

export function tableTwoLayout(year: number, table: TableTwo): TableLayout {
  const b = new LayoutBuilder();
  const blocks: number[] = [];
  let r = 0;
  for (const block of TABLE_TWO_BLOCKS) {
    blocks.push(r);
    b.label(r, 0, block.label, { colSpan: 1 + VALUE_COLUMNS, scope: 'colgroup' });
    r += 1;
    const span = VALUE_COLUMNS / block.columns.length;
    b.label(r, 0, '信息内容');
    block.columns.forEach((column, i) => b.label(r, 1 + i * span, TABLE_TWO_COLUMN_LABELS[column as TableTwoColumn], { colSpan: span }));
    r += 1;
    for (const row of block.rows as readonly TableTwoRow[]) {
      b.label(r, 0, TABLE_TWO_ROW_LABELS[row], { scope: 'row', align: 'left' });
      block.columns.forEach((column, i) => {
        const field = `${row}.${column}` as TableTwoField;
        const value = table[field] ?? null;
        const name = `${TABLE_TWO_ROW_LABELS[row]} × ${TABLE_TWO_COLUMN_LABELS[column as TableTwoColumn]}`;
        b.value(r, 1 + i * span, value, { table: 'two', row, column: column as TableTwoColumn }, name, { text: formatTableTwoValue(field, value), colSpan: span });
      });
      r += 1;
    }
  }
  return {
    number: '二',
    title: `${year}年主动公开政府信息情况`,
    columns: [{ role: 'label', width: 24 }, ...Array.from({ length: VALUE_COLUMNS }, () => ({ role: 'value' as const, width: 16 }))],
    headerRows: 0,
    blocks,
    rowCount: r,
    cells: b.sorted(),
  };
}
