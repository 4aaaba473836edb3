import 'server-only';
import { and, eq, gt, gte, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { cases, reviews } from '@/db/schema';
import type { ReviewPredicate, RowPredicate } from '@/lib/domain/report';

// The drill-down lists translate the very predicates the pure table builder counts with
// (lib/domain/report/row-predicate.ts, table-four.ts) condition by condition, so the list behind a
// cell is, by construction, the set of records the cell counts. Keep these in step with
// matchesRow and matchesReview: tests/data/report-drilldown.test.ts compares every cell.

export function rowPredicateSql(p: RowPredicate): SQL {
  const parts: (SQL | undefined)[] = [
    p.receivedFrom !== undefined ? gte(cases.receivedOn, p.receivedFrom) : undefined,
    p.receivedTo !== undefined ? lte(cases.receivedOn, p.receivedTo) : undefined,
    p.repliedFrom !== undefined ? and(isNotNull(cases.repliedOn), gte(cases.repliedOn, p.repliedFrom)) : undefined,
    p.repliedTo !== undefined ? and(isNotNull(cases.repliedOn), lte(cases.repliedOn, p.repliedTo)) : undefined,
    p.openAt !== undefined ? or(isNull(cases.repliedOn), gt(cases.repliedOn, p.openAt)) : undefined,
    p.outcome !== undefined ? eq(cases.outcome, p.outcome) : undefined,
    p.applicantType !== undefined ? eq(cases.applicantType, p.applicantType) : undefined,
  ];
  return and(...parts) ?? sql`1 = 1`;
}

export function reviewPredicateSql(p: ReviewPredicate): SQL {
  const parts: (SQL | undefined)[] = [
    eq(reviews.kind, p.kind),
    gte(reviews.filedOn, p.filedFrom),
    lte(reviews.filedOn, p.filedTo),
    p.decidedTo !== undefined ? and(isNotNull(reviews.decidedOn), lte(reviews.decidedOn, p.decidedTo)) : undefined,
    p.pendingAt !== undefined ? or(isNull(reviews.decidedOn), isNull(reviews.result), gt(reviews.decidedOn, p.pendingAt)) : undefined,
    p.result !== undefined ? eq(reviews.result, p.result) : undefined,
  ];
  return and(...parts)!;
}
