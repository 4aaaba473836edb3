import type { Workload } from '@/lib/data/review-board';
import { handlerLabel } from '@/lib/domain/case-list/list-address';

/** Open cases per handler; every number opens that handler's list (plain links: a client-side <Link> would put each of them into the page's RSC payload as a component to render). */
export function WorkloadTable({ rows }: { rows: Workload[] }) {
  const list = (handler: number | null, status: string) => `/cases?status=${status}&handler=${handler ?? 'none'}&sort=due_asc`;
  const cell = (handler: number | null, status: string, n: number, tone: string) => (
    <td className={`text-right tabular-nums ${n ? tone : ''}`}>
      {n ? (
        <a href={list(handler, status)}>{n}</a>
      ) : (
        0
      )}
    </td>
  );
  return (
    <table className="table rounded border border-slate-200 bg-white" data-testid="workload">
      <caption className="sr-only">承办人工作量（未办结）</caption>
      <thead>
        <tr>
          <th scope="col">承办人</th>
          <th scope="col" className="text-right">
            未办结
          </th>
          <th scope="col" className="text-right">
            已超期
          </th>
          <th scope="col" className="text-right">
            即将到期
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={4} className="text-slate-600">
              没有未办结的申请。
            </td>
          </tr>
        ) : null}
        {rows.map((w) => (
          <tr key={w.handlerId ?? 'none'}>
            <th scope="row" className="font-normal">
              {handlerLabel(w.handlerName, w.active)}
            </th>
            {cell(w.handlerId, 'open', w.open, '')}
            {cell(w.handlerId, 'overdue', w.overdue, 'font-semibold text-red-800')}
            {cell(w.handlerId, 'due_soon', w.dueSoon, 'text-amber-800')}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
