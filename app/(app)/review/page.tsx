import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canViewReviewPage } from '@/lib/domain/policy';
import { getReviewBoard } from '@/lib/data/review-board';
import type { CaseListRow } from '@/lib/data/case-list';
import { CaseTable } from '@/components/case-table';
import { ExtensionDecision } from '@/components/clock/extension-decision';
import { recordStepAction } from '../cases/step-actions';

export const metadata: Metadata = { title: '期限监督' };

function Section({ id, title, status, list }: { id: string; title: string; status: string; list: { rows: CaseListRow[]; total: number } }) {
  return (
    <section className="space-y-2" aria-labelledby={`${id}-h`} data-testid={`review-${id}`}>
      <div className="flex items-center gap-3">
        <h2 id={`${id}-h`}>
          {title}
          <span className="ml-2 text-base font-normal text-slate-600">{list.total} 件</span>
        </h2>
        {list.total > list.rows.length ? (
          <Link href={`/cases?status=${status}&sort=due_asc`} className="text-sm">
            查看全部
          </Link>
        ) : null}
      </div>
      <CaseTable rows={list.rows} empty="无。" />
    </section>
  );
}

export default async function ReviewPage() {
  const user = await requireUser();
  if (!canViewReviewPage(user)) forbidden();
  const board = getReviewBoard(user);
  const rate = board.onTime.rate === null ? '—' : `${(board.onTime.rate * 100).toFixed(1)}%`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline gap-4">
        <h1>期限监督</h1>
        <span className="text-sm text-slate-600">今天 {board.today}</span>
        <span className="text-sm" data-testid="on-time-rate">
          {board.year}年按时办结率：<strong>{rate}</strong>（已办结 {board.onTime.closed} 件，其中按时 {board.onTime.onTime} 件）
        </span>
      </div>

      <section className="space-y-2" aria-labelledby="ext-h" data-testid="review-extensions">
        <h2 id="ext-h">
          待审批的延期申请<span className="ml-2 text-base font-normal text-slate-600">{board.pendingExtensions.length} 件</span>
        </h2>
        {board.pendingExtensions.length === 0 ? <p className="card text-sm text-slate-600">无。</p> : null}
        <div className="grid gap-3 md:grid-cols-2">
          {board.pendingExtensions.map((x) => (
            <div key={x.caseId} className="card" data-testid={`extension-${x.caseNo}`}>
              <div className="text-sm">
                <Link href={`/cases/${x.caseId}`}>{x.caseNo}</Link> · {x.applicantName} · 当前期限 {x.replyDueOn}
              </div>
              <div className="mt-1 text-sm text-slate-700">
                {x.requestedBy} 于 {x.requestedOn} 申请延长 <strong>{x.days}</strong> 个工作日：{x.reason}
              </div>
              <ExtensionDecision action={recordStepAction.bind(null, x.caseId, 'extension_decided')} caseNo={x.caseNo} version={x.version} today={board.today} receivedOn={x.receivedOn} dueOn={x.replyDueOn ?? ''} />
            </div>
          ))}
        </div>
      </section>

      <Section id="overdue" title="已超期" status="overdue" list={board.lists.overdue} />
      <Section id="due-soon" title="即将到期" status="due_soon" list={board.lists.dueSoon} />
      <Section id="paused" title="暂停计时（征求意见、待缴费）" status="paused" list={board.lists.paused} />
      <Section id="awaiting-correction" title="待申请人补正" status="awaiting_correction" list={board.lists.awaitingCorrection} />

      <section className="space-y-2" aria-labelledby="load-h">
        <h2 id="load-h">承办人工作量（未办结）</h2>
        <table className="table max-w-2xl rounded border border-slate-200 bg-white" data-testid="workload">
          <thead>
            <tr>
              <th>承办人</th>
              <th>未办结</th>
              <th>已超期</th>
              <th>即将到期</th>
            </tr>
          </thead>
          <tbody>
            {board.workload.map((w) => (
              <tr key={w.handlerId ?? 'none'}>
                <td>
                  <Link href={`/cases?status=open&handler=${w.handlerId ?? 'none'}&sort=due_asc`}>{w.handlerName}</Link>
                </td>
                <td>{w.open}</td>
                <td className={w.overdue ? 'font-semibold text-red-700' : ''}>{w.overdue}</td>
                <td className={w.dueSoon ? 'text-amber-700' : ''}>{w.dueSoon}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
