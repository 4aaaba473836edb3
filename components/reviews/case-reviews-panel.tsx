import type { ActionState } from '@/lib/action-state';
import type { ReviewListRow } from '@/lib/data/review-rows';
import { REVIEW_KIND_CHOICES, REVIEW_RESULT_CHOICES } from '@/components/form/choices';
import { ReviewForm } from './review-form';
import { ReviewTable } from './review-table';

/**
 * The 行政复议 / 行政诉讼 records of one case, with a form to register a new one (table 四). The case
 * page loads the records and binds the action; only for users who may record reviews.
 */
export function CaseReviewsPanel({
  caseNo,
  rows,
  today,
  action,
}: {
  caseNo: string;
  rows: ReviewListRow[];
  today: string;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  return (
    <section className="card space-y-3" aria-labelledby="case-reviews-h" data-testid="case-reviews">
      <h2 id="case-reviews-h">行政复议和行政诉讼</h2>
      <ReviewTable rows={rows} showCase={false} empty={`申请 ${caseNo} 没有登记复议或诉讼。`} />
      <details>
        <summary className="cursor-pointer text-sm font-medium text-blue-800">登记针对本申请的复议或诉讼</summary>
        <div className="mt-3">
          <ReviewForm action={action} today={today} withCaseNo={false} kinds={REVIEW_KIND_CHOICES} results={REVIEW_RESULT_CHOICES} />
        </div>
      </details>
    </section>
  );
}
