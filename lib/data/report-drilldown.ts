import 'server-only';
import { getDb } from '@/db/client';
import { reviewColumnLabel, reviewKindName, type ColumnCode, type ReviewColumn, type ReviewKind, type RowCode } from '@/lib/domain/categories';
import { ForbiddenError } from '@/lib/domain/errors';
import { canViewReport } from '@/lib/domain/policy';
import { cellPredicate, columnName, describeReviewPredicate, describeRowPredicate, reviewPredicate, rowName } from '@/lib/domain/report';
import type { Actor } from '@/lib/domain/roles';
import { REPORT_FORBIDDEN } from './annual-report';
import { listCases, type CaseListRow } from './case-list';
import { reviewPredicateSql, rowPredicateSql } from './report-predicate-sql';
import { pageOfReviews, type ReviewListRow } from './review-rows';

// What stands behind one number of the year-end tables: the records its predicate selects, with
// the predicate in words. The count shown is the list's own count, which equals the cell.

export type CaseCell = {
  year: number;
  row: RowCode;
  column: ColumnCode;
  title: string;
  description: string;
  total: number;
  page: number;
  pageCount: number;
  rows: CaseListRow[];
};

export function reportCellCases(actor: Actor, year: number, row: RowCode, column: ColumnCode, page = 1): CaseCell {
  if (!canViewReport(actor)) throw new ForbiddenError(REPORT_FORBIDDEN);
  const predicate = cellPredicate(year, row, column);
  const list = listCases(actor, { extra: rowPredicateSql(predicate), page, sort: 'received_asc' });
  return {
    year,
    row,
    column,
    title: `表三“${rowName(row)}” × “${columnName(column)}”`,
    description: describeRowPredicate(predicate),
    total: list.total,
    page: list.page,
    pageCount: list.pageCount,
    rows: list.rows,
  };
}

export type ReviewCell = {
  year: number;
  kind: ReviewKind;
  column: ReviewColumn;
  title: string;
  description: string;
  total: number;
  page: number;
  pageCount: number;
  rows: ReviewListRow[];
};

export function reportReviewCell(actor: Actor, year: number, kind: ReviewKind, column: ReviewColumn, page = 1): ReviewCell {
  if (!canViewReport(actor)) throw new ForbiddenError(REPORT_FORBIDDEN);
  const predicate = reviewPredicate(year, kind, column);
  const list = pageOfReviews(getDb(), reviewPredicateSql(predicate), page, 'filed_asc');
  return {
    year,
    kind,
    column,
    title: `表四“${reviewKindName(kind)}” × “${reviewColumnLabel(column)}”`,
    description: describeReviewPredicate(predicate),
    ...list,
  };
}
