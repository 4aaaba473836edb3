import Link from 'next/link';
import type { LetterListRow } from '@/lib/data/letters/queries';
import { LetterStatusBadge } from './letter-status-badge';

export function LetterTable({ rows, empty }: { rows: LetterListRow[]; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <table className="table" data-testid="letter-table">
      <thead>
        <tr>
          <th>文书</th>
          <th>状态</th>
          <th>文号</th>
          <th>发文日期</th>
          <th>送达</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((l) => (
          <tr key={l.id}>
            <td>
              <Link prefetch={false} href={`/cases/${l.caseId}/letters/${l.id}`}>{l.title}</Link>
              <div className="text-xs text-slate-500">{l.typeLabel}</div>
            </td>
            <td>
              <LetterStatusBadge status={l.status} />
            </td>
            <td className="whitespace-nowrap">{l.docNo ?? '—'}</td>
            <td className="whitespace-nowrap">{l.issuedOn ?? '—'}</td>
            <td>{l.status === 'issued' ? (l.deliveries ? `已登记 ${l.deliveries} 次` : <span className="text-amber-700">未送达</span>) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
