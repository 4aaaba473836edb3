import { layoutRows, type CellRef, type LayoutCell, type TableLayout } from '@/lib/domain/report';
import { ReportCell, TH } from './report-cell';

// Draws a year-end table layout (lib/domain/report/table-layout.ts) as an HTML table: header rows
// in <thead>, labels as <th> with their scope, merged cells as row and column spans, every non-zero
// number a link to the records behind it. The layout decides rows, groups and merged cells.

/** The drill-down list behind a number; table 二 is entered by staff and has none. */
export function cellHref(year: number, ref: CellRef): string | null {
  if (ref.table === 'two') return null;
  const query: Record<string, string> = ref.table === 'three' ? { row: ref.row, col: ref.column } : { kind: ref.kind, col: ref.column };
  return `/reports/${year}/cells?${new URLSearchParams(query)}`;
}

export function cellTestId(ref: CellRef): string {
  if (ref.table === 'two') return `t2-${ref.row}-${ref.column}`;
  return ref.table === 'three' ? `t3-${ref.row}-${ref.column}` : `t4-${ref.kind}-${ref.column}`;
}

// On a phone the table keeps readable columns and scrolls sideways (its page wraps it in
// overflow-x-auto), with the label columns fixed at the left: fixed widths below md, label cells
// sticky at the sum of the label columns before them. Class names are spelled out for Tailwind.
const PHONE_LABEL_WIDTH = ['max-md:w-[2.25rem]', 'max-md:w-[3.25rem]', 'max-md:w-[6.5rem]'];
const PHONE_LABEL_LEFT = ['max-md:left-0', 'max-md:left-[2.25rem]', 'max-md:left-[5.5rem]'];
const PHONE_VALUE_WIDTH = 'max-md:w-[3rem]';
const PHONE_TABLE_WIDTH: Record<TableLayout['number'], string> = { 二: 'max-md:w-[36rem]', 三: 'max-md:w-[33rem]', 四: 'max-md:w-[45rem]' };

function stickyLabel(layout: TableLayout, cell: LayoutCell): string {
  if (cell.kind !== 'label' || layout.columns[cell.col]?.role !== 'label') return '';
  return `max-md:sticky max-md:z-10 ${PHONE_LABEL_LEFT[cell.col] ?? ''}`;
}

function Cell({ year, cell, layout, links }: { year: number; cell: LayoutCell; layout: TableLayout; links: boolean }) {
  const span = { rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined, colSpan: cell.colSpan > 1 ? cell.colSpan : undefined };
  if (cell.kind === 'value') {
    const href = links ? cellHref(year, cell.ref) : null;
    return <ReportCell testId={cellTestId(cell.ref)} value={cell.value ?? 0} text={cell.text} href={href} label={cell.name} colSpan={span.colSpan} />;
  }
  const className = `${TH} ${cell.align === 'left' ? 'text-left' : ''} ${cell.scope === null ? 'text-xs font-normal' : ''} ${stickyLabel(layout, cell)}`;
  return (
    <th scope={cell.scope ?? undefined} {...span} className={className}>
      {cell.text}
    </th>
  );
}

/** links: every non-zero number of tables 三 and 四 opens its list (live data only; a published table has none). */
export function ReportTable({ year, layout, testId, links = true }: { year: number; layout: TableLayout; testId: string; links?: boolean }) {
  const rows = layoutRows(layout);
  const total = layout.columns.reduce((n, c) => n + c.width, 0);
  const row = (cells: LayoutCell[], i: number) => (
    <tr key={i}>
      {cells.map((cell) => (
        <Cell key={`${cell.row}-${cell.col}`} year={year} cell={cell} layout={layout} links={links} />
      ))}
    </tr>
  );
  return (
    <table className={`report-table w-full border-collapse text-sm max-md:table-fixed ${PHONE_TABLE_WIDTH[layout.number]}`} data-testid={testId}>
      <caption className="sr-only">
        {layout.title}（表{layout.number}）
      </caption>
      {/* Column widths as attributes: the CSP allows no inline style attributes. */}
      <colgroup>
        {layout.columns.map((c, i) => (
          <col key={i} width={`${((c.width / total) * 100).toFixed(1)}%`} className={c.role === 'label' ? PHONE_LABEL_WIDTH[i] : PHONE_VALUE_WIDTH} />
        ))}
      </colgroup>
      <thead>{rows.slice(0, layout.headerRows).map(row)}</thead>
      <tbody>{rows.slice(layout.headerRows).map((cells, i) => row(cells, layout.headerRows + i))}</tbody>
    </table>
  );
}
