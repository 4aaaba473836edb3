import { layoutRows, type LayoutCell } from '@/lib/domain/report/table-layout';
import { tableTwoLayout } from '@/lib/domain/report/table-two-layout';
import type { TableTwo } from '@/lib/domain/report/table-two';
import { TH } from '../report-cell';

// Table 二 as staff fill it in: the published layout (table-two-layout.ts) with an input in every
// value cell, named t2.<row>.<column>, each announced by its row and column and its error.

export const fieldAnchor = (name: string) => `f-${name.replace(/\./g, '-')}`;

export function TableTwoInputs({ year, table, values, errors }: { year: number; table: TableTwo; values: Record<string, string>; errors: Record<string, string[] | undefined> }) {
  const layout = tableTwoLayout(year, table);
  const cell = (c: LayoutCell) => {
    const span = { rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined, colSpan: c.colSpan > 1 ? c.colSpan : undefined };
    if (c.kind === 'label') {
      return (
        <th key={`${c.row}-${c.col}`} scope={c.scope ?? undefined} {...span} className={`${TH} ${c.align === 'left' ? 'text-left' : ''}`}>
          {c.text}
        </th>
      );
    }
    const name = `t2.${c.ref.table === 'two' ? `${c.ref.row}.${c.ref.column}` : ''}`;
    const error = errors[name];
    return (
      <td key={`${c.row}-${c.col}`} {...span} className="border border-slate-400 px-1 py-1" id={fieldAnchor(name)}>
        <input
          name={name}
          className="input text-center"
          inputMode="decimal"
          defaultValue={values[name] ?? c.text}
          aria-label={c.name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldAnchor(name)}-error` : undefined}
          data-testid={name}
        />
        {error ? (
          <p id={`${fieldAnchor(name)}-error`} className="field-error">
            {error.join(' ')}
          </p>
        ) : null}
      </td>
    );
  };
  return (
    <table className="report-table w-full border-collapse text-sm" data-testid="table-two">
      <caption className="sr-only">二、主动公开政府信息情况（表二，由工作人员填写）</caption>
      <tbody>
        {layoutRows(layout).map((cells, i) => (
          <tr key={i}>{cells.map(cell)}</tr>
        ))}
      </tbody>
    </table>
  );
}
