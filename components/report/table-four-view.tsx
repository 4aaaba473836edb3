import { reviewTableTitle } from '@/lib/domain/report-year';
import { REVIEW_COLUMNS, REVIEW_KINDS } from '@/lib/domain/categories';
import type { TableFour } from '@/lib/domain/report';
import { ReportCell, TH } from './report-cell';

// Table 四 as published: 行政复议 over five columns; 行政诉讼 over ten, split into 未经复议直接起诉
// and 复议后起诉; the five reconsideration headings span both lower header rows.

export function TableFourView({ year, table }: { year: number; table: TableFour }) {
  const [reconsideration, ...litigation] = REVIEW_KINDS;
  return (
    <table className="report-table w-full border-collapse text-sm" data-testid="table-four">
      <caption className="sr-only">{reviewTableTitle(year)}（表四）</caption>
      <thead>
        <tr>
          <th colSpan={REVIEW_COLUMNS.length} className={TH}>
            {reconsideration.label}
          </th>
          <th colSpan={REVIEW_COLUMNS.length * litigation.length} className={TH}>
            行政诉讼
          </th>
        </tr>
        <tr>
          {REVIEW_COLUMNS.map((c) => (
            <th key={c.code} rowSpan={2} className={TH}>
              {c.label}
            </th>
          ))}
          {litigation.map((k) => (
            <th key={k.code} colSpan={REVIEW_COLUMNS.length} className={TH}>
              {k.label}
            </th>
          ))}
        </tr>
        <tr>
          {litigation.flatMap((k) =>
            REVIEW_COLUMNS.map((c) => (
              <th key={`${k.code}-${c.code}`} className={TH}>
                {c.label}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        <tr>
          {REVIEW_KINDS.flatMap((k) =>
            REVIEW_COLUMNS.map((c) => (
              <ReportCell
                key={`${k.code}-${c.code}`}
                testId={`t4-${k.code}-${c.code}`}
                value={table[k.code][c.code]}
                href={`/reports/${year}/cells?${new URLSearchParams({ kind: k.code, col: c.code })}`}
                label={`${k.code === 'reconsideration' ? k.label : `行政诉讼/${k.label}`} × ${c.label}`}
              />
            )),
          )}
        </tr>
      </tbody>
    </table>
  );
}
