import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { reportCellCases, reportReviewCell } from '@/lib/data/report-drilldown';
import { COLUMN_CODES, REVIEW_COLUMNS, REVIEW_KIND_CODES, ROW_CODES, type ColumnCode, type ReviewColumn, type ReviewKind, type RowCode } from '@/lib/domain/categories';
import { canViewReport } from '@/lib/domain/policy';
import { parseReportYear } from '@/lib/domain/report-year';
import { CaseTable } from '@/components/case-table';
import { Pagination } from '@/components/pagination';
import { ReviewTable } from '@/components/reviews/review-table';
import { pageParam, textParam, type SearchParams } from '@/lib/pages/search-params';

export async function generateMetadata({ params }: { params: Promise<{ year: string }> }): Promise<Metadata> {
  const year = parseReportYear((await params).year);
  return { title: year === null ? '统计数字明细' : `${year}年度报告统计数字明细` };
}

const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T => value !== undefined && (list as readonly string[]).includes(value);

/** The records behind one number of table 三 (?row=&col=) or table 四 (?kind=&col=). */
export default async function ReportCellPage({ params, searchParams }: { params: Promise<{ year: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!canViewReport(user)) forbidden();
  const year = parseReportYear((await params).year);
  const search = await searchParams;
  const sp = { row: textParam(search, 'row'), kind: textParam(search, 'kind'), col: textParam(search, 'col') };
  const page = pageParam(search);
  if (year === null) notFound();

  let cell;
  let list: React.ReactNode;
  let query: Record<string, string>;
  if (isOneOf<RowCode>(ROW_CODES, sp.row) && isOneOf<ColumnCode>(COLUMN_CODES, sp.col)) {
    cell = reportCellCases(user, year, sp.row, sp.col, page);
    list = <CaseTable rows={cell.rows} empty="没有计入这个数字的申请。" />;
    query = { row: sp.row, col: sp.col };
  } else if (isOneOf<ReviewKind>(REVIEW_KIND_CODES, sp.kind) && isOneOf<ReviewColumn>(REVIEW_COLUMNS.map((c) => c.code), sp.col)) {
    cell = reportReviewCell(user, year, sp.kind, sp.col, page);
    list = <ReviewTable rows={cell.rows} empty="没有计入这个数字的记录。" />;
    query = { kind: sp.kind, col: sp.col };
  } else {
    notFound();
  }

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link prefetch={false} href={`/reports/${year}`}>← 返回{year}年统计表</Link>
      </p>
      <h1>
        {year}年{cell.title}
      </h1>
      <div className="card space-y-1 text-sm">
        <p>
          统计条件：<span data-testid="cell-description">{cell.description}</span>
        </p>
        <p>
          计入这个数字的{'kind' in cell ? '记录' : '申请'}共 <strong data-testid="cell-count">{cell.total}</strong> {'kind' in cell ? '条' : '件'}。
        </p>
      </div>
      {list}
      <Pagination page={cell.page} pageCount={cell.pageCount} params={query} basePath={`/reports/${year}/cells`} />
    </div>
  );
}
