import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canViewReviewPage } from '@/lib/domain/policy';
import { decidedExtension, getReviewBoard } from '@/lib/data/review-board';
import type { CaseListRow } from '@/lib/data/case-list';
import { CaseTable } from '@/components/case-table';
import { WorkloadTable } from '@/components/dashboard/workload-table';
import { ExtensionRequests } from '@/components/clock/extension-requests';
import { DecidedExtensionNotice } from '@/components/clock/decided-extension-notice';
import { intParam, type SearchParams } from '@/lib/pages/search-params';
import { decideExtensionAction } from '../cases/step-actions';

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
          <a href={`/cases?status=${status}&sort=due_asc`} className="text-sm">
            查看全部
          </a>
        ) : null}
      </div>
      <CaseTable rows={list.rows} empty="无。" />
    </section>
  );
}

export default async function ReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!canViewReviewPage(user)) forbidden();
  const board = getReviewBoard(user);
  const decidedId = intParam(await searchParams, 'decided', { min: 1, max: Number.MAX_SAFE_INTEGER });
  const decided = decidedId === undefined ? null : decidedExtension(user, decidedId);
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

      <DecidedExtensionNotice decided={decided} />
      <ExtensionRequests requests={board.pendingExtensions.map((request) => ({ request, decide: decideExtensionAction.bind(null, request.caseId, 'review') }))} today={board.today} />

      <Section id="overdue" title="已超期" status="overdue" list={board.lists.overdue} />
      <Section id="due-soon" title="即将到期" status="due_soon" list={board.lists.dueSoon} />
      <Section id="paused" title="暂停计时（征求意见、待缴费）" status="paused" list={board.lists.paused} />
      <Section id="awaiting-correction" title="待申请人补正" status="awaiting_correction" list={board.lists.awaitingCorrection} />

      <section className="space-y-2" aria-labelledby="load-h">
        <h2 id="load-h">承办人工作量（未办结）</h2>
        <div className="max-w-2xl">
          <WorkloadTable rows={board.workload} />
        </div>
      </section>
    </div>
  );
}
