import { AlignmentType, BorderStyle, HeightRule, LineRuleType, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { layoutRows, type LayoutCell, type TableLayout } from '@/lib/domain/report';
import { FONTS, PAGE, SIZES } from './official-document';

// Draws a year-end table layout (lib/domain/report/table-layout.ts) as a Word table in the official
// document's type area: merged cells as gridSpan / vMerge (docx's columnSpan and rowSpan), the
// heading rows marked to repeat at the top of every page, no row split across pages, numbers
// centred (zeros as 0), 五号 (10.5 pt) text.

const TYPE_AREA = PAGE.width - PAGE.margin.left - PAGE.margin.right;
const LINE = { line: 300, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER } as const;

function cellParagraph(text: string, align: 'left' | 'center', bold = false): Paragraph {
  return new Paragraph({
    alignment: align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: LINE,
    children: [new TextRun({ text, font: FONTS.body, size: SIZES.table, bold })],
  });
}

function cellOf(cell: LayoutCell, widths: number[]): TableCell {
  const width = widths.slice(cell.col, cell.col + cell.colSpan).reduce((s, w) => s + w, 0);
  const text = cell.kind === 'label' ? cell.text : cell.text;
  const align = cell.kind === 'label' ? cell.align : 'center';
  return new TableCell({
    children: [cellParagraph(text, align)],
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 57, right: 57, top: 28, bottom: 28 },
    borders: BORDERS,
  });
}

export function layoutTable(layout: TableLayout): Table {
  const total = layout.columns.reduce((s, c) => s + c.width, 0);
  const widths = layout.columns.map((c) => Math.floor((c.width / total) * TYPE_AREA));
  const rows = layoutRows(layout).map(
    (cells, i) =>
      new TableRow({
        tableHeader: i < layout.headerRows,
        cantSplit: true,
        height: { value: 360, rule: HeightRule.ATLEAST },
        children: cells.map((cell) => cellOf(cell, widths)),
      }),
  );
  return new Table({ rows, columnWidths: widths, width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA }, alignment: AlignmentType.CENTER });
}
