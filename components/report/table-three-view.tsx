import { reportTitle } from '@/lib/domain/report-year';
import { APPLICANT_TYPES, COLUMN_CODES, OUTCOME_GROUPS, TABLE_THREE_ROWS, type RowCode } from '@/lib/domain/categories';
import { columnName, rowName, type TableThree } from '@/lib/domain/report';
import { ReportCell, TH } from './report-cell';

// Table 三 in the layout of the national format (国办公开办函〔2021〕30号) as agencies publish it:
// the identity note in the corner, 申请人情况 over 自然人 / 法人或其他组织 (five columns) / 总计,
// 三、本年度办理结果 spanning its 22 rows and each group (三)…(六) spanning its items.

const IDENTITY_NOTE = '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)';
const RESULT_ROWS = OUTCOME_GROUPS.reduce((n, g) => n + g.items.length, 0) + 1; // + (七)总计

const label = (code: RowCode) => TABLE_THREE_ROWS.find((r) => r.code === code)?.label ?? code;

export function TableThreeView({ year, table }: { year: number; table: TableThree }) {
  const numbers = (row: RowCode) =>
    COLUMN_CODES.map((col) => (
      <ReportCell
        key={col}
        testId={`t3-${row}-${col}`}
        value={table[row][col]}
        href={`/reports/${year}/cells?${new URLSearchParams({ row, col })}`}
        label={`${rowName(row)} × ${columnName(col)}`}
      />
    ));
  const whole = (code: RowCode) => (
    <tr key={code}>
      <th scope="row" colSpan={3} className={`${TH} text-left`}>
        {label(code)}
      </th>
      {numbers(code)}
    </tr>
  );
  // The 22 result rows: their label cells, then the numbers; the first also opens the section.
  const resultRows: { code: RowCode; labels: React.ReactNode[] }[] = OUTCOME_GROUPS.flatMap((group) =>
    group.items.map((item, i) => ({
      code: item.code as RowCode,
      labels:
        group.items.length === 1
          ? [
              <th key="item" scope="row" colSpan={2} className={`${TH} text-left`}>
                {item.label}
              </th>,
            ]
          : [
              i === 0 ? (
                <th key="group" scope="rowgroup" rowSpan={group.items.length} className={`${TH} w-24`}>
                  {group.label}
                </th>
              ) : null,
              <th key="item" scope="row" className={`${TH} text-left`}>
                {item.label}
              </th>,
            ],
    })),
  );
  resultRows.push({
    code: 'results_total',
    labels: [
      <th key="item" scope="row" colSpan={2} className={`${TH} text-left`}>
        {label('results_total')}
      </th>,
    ],
  });
  const body = [
    whole('new'),
    whole('carried_in'),
    ...resultRows.map((r, i) => (
      <tr key={r.code}>
        {i === 0 ? (
          <th scope="rowgroup" rowSpan={RESULT_ROWS} className={`${TH} w-10`}>
            三、本年度办理结果
          </th>
        ) : null}
        {r.labels}
        {numbers(r.code)}
      </tr>
    )),
    whole('carried_out'),
  ];

  return (
    <table className="report-table w-full border-collapse text-sm" data-testid="table-three">
      <caption className="sr-only">{reportTitle(year)}（表三）</caption>
      <thead>
        <tr>
          <th colSpan={3} rowSpan={3} className={`${TH} text-left text-xs font-normal`}>
            {IDENTITY_NOTE}
          </th>
          <th colSpan={COLUMN_CODES.length} className={TH}>
            申请人情况
          </th>
        </tr>
        <tr>
          <th rowSpan={2} className={TH}>
            自然人
          </th>
          <th colSpan={APPLICANT_TYPES.length - 1} className={TH}>
            法人或其他组织
          </th>
          <th rowSpan={2} className={TH}>
            总计
          </th>
        </tr>
        <tr>
          {APPLICANT_TYPES.slice(1).map((t) => (
            <th key={t.code} className={TH}>
              {t.short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}
