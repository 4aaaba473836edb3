import { createCaseReviewAction } from '@/app/(app)/reviews/actions';
import { listCaseReviews } from '@/lib/data/reviews';
import { today } from '@/lib/data/today';
import { canRecordReview } from '@/lib/domain/policy';
import type { Actor } from '@/lib/domain/roles';
import { ReviewForm } from './review-form';
import { ReviewTable } from './review-table';

/**
 * The 行政复议 / 行政诉讼 records of one case, with a form to register a new one (table 四).
 * A server component for the case page: <CaseReviewsPanel caseId={id} caseNo={c.caseNo} actor={user} />.
 */
export function CaseReviewsPanel({ caseId, caseNo, actor }: { caseId: number; caseNo: string; actor: Actor }) {
  if (!canRecordReview(actor)) return null;
  const rows = listCaseReviews(actor, caseId);
  return (
    <section className="card space-y-3" aria-labelledby="case-reviews-h" data-testid="case-reviews">
      <h2 id="case-reviews-h">行政复议和行政诉讼</h2>
      <ReviewTable rows={rows} showCase={false} empty={`申请 ${caseNo} 没有登记复议或诉讼。`} />
      <details>
        <summary className="cursor-pointer text-sm font-medium text-blue-800">登记针对本申请的复议或诉讼</summary>
        <div className="mt-3">
          <ReviewForm action={createCaseReviewAction.bind(null, caseId)} today={today()} withCaseNo={false} />
        </div>
      </details>
    </section>
  );
}
