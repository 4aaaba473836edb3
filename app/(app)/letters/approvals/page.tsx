import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { pendingApprovals } from '@/lib/data/letters/queries';
import { canApproveLetter } from '@/lib/domain/policy';
import { formatChinaDateTime } from '@/lib/domain/dates';

export const metadata: Metadata = { title: '文书审批' };

export default async function ApprovalsPage() {
  const user = await requireUser();
  if (!canApproveLetter(user)) forbidden();
  const rows = pendingApprovals(user);
  return (
    <div className="space-y-4">
      <h1>
        待审批的文书<span className="ml-2 text-base font-normal text-slate-600">{rows.length} 件</span>
      </h1>
      {rows.length === 0 ? (
        <p className="card text-sm text-slate-600">目前没有待审批的文书。</p>
      ) : (
        <table className="table rounded border border-slate-200 bg-white" data-testid="approvals">
          <thead>
            <tr>
              <th>申请编号</th>
              <th>申请人</th>
              <th>文书</th>
              <th>送审人</th>
              <th>送审时间</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.letterId} data-testid={`approval-${r.caseNo}`}>
                <td>
                  <Link prefetch={false} href={`/cases/${r.caseId}`}>{r.caseNo}</Link>
                </td>
                <td>{r.applicantName}</td>
                <td>
                  <Link prefetch={false} href={`/cases/${r.caseId}/letters/${r.letterId}`}>{r.title}</Link>
                  <div className="text-xs text-slate-500">{r.typeLabel}</div>
                </td>
                <td>{r.submittedByName ?? '—'}</td>
                <td className="whitespace-nowrap">{r.submittedAt ? formatChinaDateTime(r.submittedAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
