import Link from 'next/link';
import type { AwaitingDelivery as AwaitingRow } from '@/lib/data/letters/queries';
import type { Actor } from '@/lib/domain/roles';

/** Issued letters not yet sent: the clerk's own, or the team's for a supervisor. */
export function AwaitingDelivery({ actor, rows }: { actor: Actor; rows: AwaitingRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="space-y-2" aria-labelledby="awaiting-delivery-h" data-testid="awaiting-delivery">
      <h2 id="awaiting-delivery-h">
        已发文待送达<span className="ml-2 text-base font-normal text-slate-600">{rows.length} 件</span>
      </h2>
      <ul className="card space-y-1 text-sm">
        {rows.map((r) => (
          <li key={r.letterId}>
            <Link prefetch={false} href={`/cases/${r.caseId}/letters/${r.letterId}`}>{r.title}</Link>
            <span className="ml-2 text-slate-600">
              {r.docNo} · 申请 {r.caseNo}（{r.applicantName}）· {r.issuedOn} 发文
              {actor.role === 'clerk' ? '' : ` · 承办人 ${r.handlerName ?? '未指派'}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
