import Link from 'next/link';
import type { CaseListRow } from '@/lib/data/case-list';
import { ClockBadge, ProvisionalMark } from '@/components/clock/clock-badge';

export function CaseTable({ rows, empty = '没有符合条件的申请。' }: { rows: CaseListRow[]; empty?: string }) {
  if (rows.length === 0) return <p className="card text-sm text-slate-600">{empty}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="table" data-testid="case-table">
        <thead>
          <tr>
            <th>申请编号</th>
            <th>收到日期</th>
            <th>申请人</th>
            <th>类型</th>
            <th>申请内容</th>
            <th>承办人</th>
            <th>答复期限</th>
            <th>状态 / 结果</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="whitespace-nowrap">
                <Link prefetch={false} href={`/cases/${r.id}`}>{r.caseNo}</Link>
              </td>
              <td className="whitespace-nowrap">{r.receivedOn}</td>
              <td>
                {r.applicantName}
                {r.idNumberMasked ? <div className="text-xs text-slate-500">{r.idNumberMasked}</div> : null}
              </td>
              <td className="whitespace-nowrap">{r.applicantTypeLabel}</td>
              <td className="max-w-xs truncate" title={r.contentExcerpt}>
                {r.contentExcerpt}
              </td>
              <td className="whitespace-nowrap">{r.handlerName ?? '未指定'}</td>
              <td className="whitespace-nowrap">
                {r.replyDueOn ?? ''}
                <ProvisionalMark provisional={!r.closed && r.dueProvisional} />
              </td>
              <td>
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
