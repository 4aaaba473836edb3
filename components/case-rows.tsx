'use client';

import type { ClockStatus } from '@/lib/domain/clock/types';
import { BadgeView, ProvisionalMark } from '@/components/clock/badge-view';

/** One case as the list shows it: words ready to print, nothing the row does not show. */
export type CaseRowView = {
  id: number;
  caseNo: string;
  /** The checkbox's value for the bulk form: "id:version". */
  pick: string;
  receivedOn: string;
  applicantName: string;
  idNumberMasked: string;
  applicantTypeLabel: string;
  contentExcerpt: string;
  handlerName: string;
  replyDueOn: string;
  provisional: boolean;
  status: ClockStatus;
  badge: string;
  badgeExtra: string | null;
  outcomeLabel: string | null;
};

/**
 * The rows of the case table. A client component so that the page's RSC payload carries each row's
 * fields once (about 300 bytes) rather than its whole element tree (about 1.6 KB): the server renders
 * the same markup either way. The badge's explanation depends only on its status, so it comes once
 * per table (`explanations`), not once per row. What is the same on every row (the phone card's
 * names of the cells, the checkbox's size) is said once in app/globals.css (case-table).
 */
export function CaseRows({ rows, explanations, selectable }: { rows: CaseRowView[]; explanations: Partial<Record<ClockStatus, string>>; selectable: boolean }) {
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.id} data-testid="case-row">
          {selectable ? (
            <td>
              <input type="checkbox" name="case" value={r.pick} aria-label={`选择 ${r.caseNo}`} />
            </td>
          ) : null}
          <td>
            <a href={`/cases/${r.id}`}>{r.caseNo}</a>
          </td>
          <td>{r.receivedOn}</td>
          <td className="wrap">
            {r.applicantName}
            {r.idNumberMasked ? <span className="block text-xs text-slate-600 max-md:inline max-md:ml-2">{r.idNumberMasked}</span> : null}
          </td>
          <td>{r.applicantTypeLabel}</td>
          <td className="excerpt">
            {r.contentExcerpt}
          </td>
          <td>{r.handlerName}</td>
          <td>
            {r.replyDueOn}
            <ProvisionalMark provisional={r.provisional} />
          </td>
          <td className="wrap">
            <BadgeView status={r.status} label={r.badge} extra={r.badgeExtra} title={explanations[r.status]} />
            {r.outcomeLabel ? <div className="mt-0.5 text-xs text-slate-600">{r.outcomeLabel}</div> : null}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
