import type { CaseListRow } from '@/lib/data/case-list';
import type { HeaderColumn } from '@/lib/domain/case-list/sorts';
import { ClockBadge, ProvisionalMark } from '@/components/clock/clock-badge';

/** A sortable column header: where a click leads and, for the column the list is sorted by, aria-sort. */
export type SortLink = { href: string; sort?: 'ascending' | 'descending' };
export type SortLinks = Partial<Record<HeaderColumn, SortLink>>;

const COLUMNS: { label: string; sortable?: HeaderColumn }[] = [
  { label: '申请编号', sortable: 'caseNo' },
  { label: '收到日期', sortable: 'receivedOn' },
  { label: '申请人', sortable: 'applicantName' },
  { label: '类型' },
  { label: '申请内容' },
  { label: '承办人' },
  { label: '答复期限', sortable: 'replyDueOn' },
  { label: '状态 / 结果' },
];

function Header({ label, link }: { label: string; link?: SortLink }) {
  if (!link) return <th scope="col">{label}</th>;
  const arrow = link.sort === 'ascending' ? '▲' : link.sort === 'descending' ? '▼' : '↕';
  const next = link.sort === 'ascending' ? '降序' : '升序';
  return (
    <th scope="col" aria-sort={link.sort}>
      <a href={link.href} className="inline-flex items-center gap-1 text-slate-800" title={`按${label}${link.sort ? next : ''}排序`}>
        {label}
        <span aria-hidden="true" className={link.sort ? 'text-blue-700' : 'text-slate-500'}>
          {arrow}
        </span>
      </a>
    </th>
  );
}

/**
 * The list of cases: a table on wider screens, a card per case on phones (table-cards). Its links
 * are plain links: a client-side <Link> per row cost the server a fifth of the page's rendering and
 * made the browser prefetch up to fifty case pages on every view of the list. With
 * `sortLinks` four headers sort the list; with `selectable` each row has a checkbox (name "case",
 * value "id:version") for the form around the table.
 */
export function CaseTable({ rows, empty = '没有符合条件的申请。', sortLinks, selectable = false }: { rows: CaseListRow[]; empty?: string; sortLinks?: SortLinks; selectable?: boolean }) {
  if (rows.length === 0) return <p className="card text-sm text-slate-600">{empty}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white max-md:overflow-visible max-md:border-0 max-md:bg-transparent">
      <table className="table case-table table-cards" data-testid="case-table">
        <thead>
          <tr>
            {selectable ? (
              <th scope="col">
                <span className="sr-only">选择</span>
              </th>
            ) : null}
            {COLUMNS.map((c) => (
              <Header key={c.label} label={c.label} link={c.sortable ? sortLinks?.[c.sortable] : undefined} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="case-row">
              {selectable ? (
                <td>
                  <input type="checkbox" name="case" value={`${r.id}:${r.version}`} aria-label={`选择 ${r.caseNo}`} className="size-4" />
                </td>
              ) : null}
              <td className="max-md:text-base max-md:font-medium">
                <a href={`/cases/${r.id}`}>{r.caseNo}</a>
              </td>
              <td data-label="收到日期">
                {r.receivedOn}
              </td>
              <td className="wrap" data-label="申请人">
                {r.applicantName}
                {r.idNumberMasked ? <span className="block text-xs text-slate-600 max-md:inline max-md:ml-2">{r.idNumberMasked}</span> : null}
              </td>
              <td data-label="类型">
                {r.applicantTypeLabel}
              </td>
              <td className="excerpt" data-label="申请内容">
                {r.contentExcerpt}
              </td>
              <td data-label="承办人">
                {r.handlerName ?? '未指定'}
              </td>
              <td data-label="答复期限">
                {r.replyDueOn ?? ''}
                <ProvisionalMark provisional={!r.closed && r.dueProvisional} />
              </td>
              <td className="wrap">
                <ClockBadge {...r.clock} />
                {r.closed ? <div className="mt-0.5 text-xs text-slate-600">{r.outcomeLabel}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
