import type { CaseListRow } from '@/lib/data/case-list';
import type { HeaderColumn } from '@/lib/domain/case-list/sorts';
import type { ClockStatus } from '@/lib/domain/clock/types';
import { badgeText, statusExplanation } from '@/lib/domain/clock';
import { CaseRows, type CaseRowView } from '@/components/case-rows';
import { CASE_TABLE_COLUMNS } from '@/components/case-table-columns';

/** A sortable column header: where a click leads and, for the column the list is sorted by, aria-sort. */
export type SortLink = { href: string; sort?: 'ascending' | 'descending' };
export type SortLinks = Partial<Record<HeaderColumn, SortLink>>;

/** A row as the client component draws it: the badge's words worked out here, on the server. */
function rowView(r: CaseListRow): CaseRowView {
  const { label, extra } = badgeText(r.clock.status, r.clock.daysLeft, r.clock.lateBy);
  return {
    id: r.id,
    caseNo: r.caseNo,
    pick: `${r.id}:${r.version}`,
    receivedOn: r.receivedOn,
    applicantName: r.applicantName,
    idNumberMasked: r.idNumberMasked,
    applicantTypeLabel: r.applicantTypeLabel,
    contentExcerpt: r.contentExcerpt,
    handlerName: r.handlerName ?? '未指定',
    replyDueOn: r.replyDueOn ?? '',
    provisional: !r.closed && r.dueProvisional,
    status: r.clock.status,
    badge: label,
    badgeExtra: extra,
    outcomeLabel: r.closed ? r.outcomeLabel : null,
  };
}

/** Each status's explanation once per table (it depends on the status and the agency's due-soon setting only). */
function explanations(rows: CaseListRow[]): Partial<Record<ClockStatus, string>> {
  return Object.fromEntries(rows.map((r) => [r.clock.status, statusExplanation(r.clock.status, r.clock.dueSoonDays)]));
}

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
            {CASE_TABLE_COLUMNS.map((c) => (
              <Header key={c.label} label={c.label} link={c.sortable ? sortLinks?.[c.sortable] : undefined} />
            ))}
          </tr>
        </thead>
        <CaseRows rows={rows.map(rowView)} explanations={explanations(rows)} selectable={selectable} />
      </table>
    </div>
  );
}
