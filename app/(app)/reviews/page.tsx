import type { Metadata } from 'next';
import { pageParam, type SearchParams } from '@/lib/pages/search-params';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { listReviews } from '@/lib/data/reviews';
import { today } from '@/lib/data/today';
import { canRecordReview } from '@/lib/domain/policy';
import { Pagination } from '@/components/pagination';
import { ReviewForm } from '@/components/reviews/review-form';
import { ReviewTable } from '@/components/reviews/review-table';
import { createReviewAction } from './actions';
import { REVIEW_KIND_CHOICES, REVIEW_RESULT_CHOICES } from '@/components/form/choices';

export const metadata: Metadata = { title: '行政复议和行政诉讼' };

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!canRecordReview(user)) forbidden();
  const list = listReviews(user, pageParam(await searchParams));
  return (
    <div className="space-y-5">
      <h1>行政复议和行政诉讼</h1>
      <p className="text-sm text-slate-600">
        这里登记针对本机关政府信息公开工作的行政复议和行政诉讼，年度报告表四由这些记录生成：按收到日期计入当年，截至当年 12 月 31 日尚未审结的计为“尚未审结”。
      </p>
      <section className="card" aria-labelledby="new-review-h">
        <h2 id="new-review-h" className="mb-3">
          登记复议或诉讼
        </h2>
        <ReviewForm action={createReviewAction} today={today()} withCaseNo kinds={REVIEW_KIND_CHOICES} results={REVIEW_RESULT_CHOICES} />
      </section>
      <section className="space-y-3" aria-labelledby="list-h">
        <div className="flex items-center gap-3">
          <h2 id="list-h">全部记录</h2>
          <span className="text-sm text-slate-600" data-testid="review-count">
            共 {list.total} 条，收到日期晚的排在前面
          </span>
        </div>
        <ReviewTable rows={list.rows} empty="还没有登记任何复议或诉讼。" />
        <Pagination page={list.page} pageCount={list.pageCount} params={{}} basePath="/reviews" />
      </section>
    </div>
  );
}
