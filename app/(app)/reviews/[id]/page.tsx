import type { Metadata } from 'next';
import { recordTitle } from '@/lib/pages/page-title';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { listAudit } from '@/lib/data/audit';
import { getReview } from '@/lib/data/reviews';
import { today } from '@/lib/data/today';
import { idParam, loadOr404 } from '@/lib/pages/load-record';
import { canRecordReview, canViewCaseHistory } from '@/lib/domain/policy';
import { AuditHistory } from '@/components/audit-history';
import { ReviewDecisionForm } from '@/components/reviews/review-decision-form';
import { updateReviewAction } from '../actions';
import { REVIEW_RESULT_CHOICES } from '@/components/form/choices';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const raw = (await params).id;
  return recordTitle((user) => {
    const r = getReview(user, Number(raw));
    return `${r.kindLabel} ${r.filedOn}${r.caseNo ? ` · 申请 ${r.caseNo}` : ''}`;
  }, '复议诉讼记录');
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!canRecordReview(user)) forbidden();
  const id = idParam((await params).id);
  const r = loadOr404(() => getReview(user, id));
  const history = canViewCaseHistory(user) ? listAudit(user, 'review', id) : null;
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link prefetch={false} href="/reviews">← 全部复议诉讼记录</Link>
      </p>
      <h1 data-testid="review-title">
        {r.kindLabel}（{r.filedOn} 收到）
      </h1>
      <dl className="card grid gap-x-6 gap-y-2 text-sm md:grid-cols-4" data-testid="review-facts">
        <dt className="text-slate-500">关联申请</dt>
        <dd>{r.caseId ? <Link prefetch={false} href={`/cases/${r.caseId}`}>{r.caseNo}</Link> : '不关联申请'}</dd>
        <dt className="text-slate-500">状态</dt>
        <dd>{r.decided ? `${r.decidedOn} 审结，${r.resultLabel}` : '尚未审结'}</dd>
      </dl>
      <section className="card" aria-labelledby="decision-h">
        <h2 id="decision-h" className="mb-3">
          审结结果
        </h2>
        <ReviewDecisionForm action={updateReviewAction.bind(null, id)} version={r.version} filedOn={r.filedOn} today={today()} current={r} results={REVIEW_RESULT_CHOICES} />
      </section>
      {history ? (
        <section className="card" aria-labelledby="history-h">
          <h2 id="history-h" className="mb-3">
            修改记录
          </h2>
          <AuditHistory entries={history} />
        </section>
      ) : null}
    </div>
  );
}
