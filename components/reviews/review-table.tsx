import Link from 'next/link';
import type { ReviewListRow } from '@/lib/data/review-rows';

/** 行政复议 / 行政诉讼 records, each linking to its case (if any) and to its own page. */
export function ReviewTable({ rows, empty = '没有符合条件的记录。', showCase = true }: { rows: ReviewListRow[]; empty?: string; showCase?: boolean }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    // relative: the visually hidden 操作 header is placed against its scroll region, not the page (which it widened on a phone).
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="table" data-testid="review-table">
        <thead>
          <tr>
            <th>类型</th>
            <th>收到日期</th>
            {showCase ? <th>关联申请</th> : null}
            <th>审结日期</th>
            <th>结果</th>
            <th>备注</th>
            <th>
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="review-row">
              <td className="whitespace-nowrap">{r.kindLabel}</td>
              <td className="whitespace-nowrap">{r.filedOn}</td>
              {showCase ? <td className="whitespace-nowrap">{r.caseId ? <Link prefetch={false} href={`/cases/${r.caseId}`}>{r.caseNo}</Link> : <span className="text-slate-500">不关联申请</span>}</td> : null}
              <td className="whitespace-nowrap">{r.decidedOn ?? ''}</td>
              <td className="whitespace-nowrap">{r.decided ? r.resultLabel : <span className="text-blue-800">尚未审结</span>}</td>
              <td className="max-w-xs truncate" title={r.notes ?? ''}>
                {r.notes ?? ''}
              </td>
              <td className="whitespace-nowrap">
                <Link prefetch={false} href={`/reviews/${r.id}`}>{r.decided ? '查看或更正' : '登记审结结果'}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
