// A Chinese sentence for a predicate, shown above a drill-down list so that the clerk sees which
// rule selected these cases (RULES asks the product to show its decisions, not hide them).
import { applicantTypeLabel, outcomeLabel, reviewKindName, reviewResultLabel } from '../categories';
import type { RowPredicate } from './row-predicate';
import type { ReviewPredicate } from './table-four';

function range(what: string, from?: string, to?: string): string | null {
  if (from && to) return `${what}在 ${from} 至 ${to} 之间`;
  if (from) return `${what}在 ${from} 或以后`;
  if (to) return `${what}在 ${to} 或以前`;
  return null;
}

export function describeRowPredicate(p: RowPredicate): string {
  const parts = [
    range('收到日期', p.receivedFrom, p.receivedTo),
    range('答复日期', p.repliedFrom, p.repliedTo),
    p.openAt ? `截至 ${p.openAt} 尚未答复` : null,
    p.outcome ? `办理结果为“${outcomeLabel(p.outcome)}”` : null,
    p.applicantType ? `申请人类型为“${applicantTypeLabel(p.applicantType)}”` : null,
  ];
  const text = parts.filter((x): x is string => x !== null).join('，');
  return text || '全部申请';
}

export function describeReviewPredicate(p: ReviewPredicate): string {
  const parts = [
    `类型为“${reviewKindName(p.kind)}”`,
    range('收到日期', p.filedFrom, p.filedTo),
    p.decidedTo ? `在 ${p.decidedTo} 或以前审结` : null,
    p.pendingAt ? `截至 ${p.pendingAt} 尚未审结` : null,
    p.result ? `结果为“${reviewResultLabel(p.result)}”` : null,
  ];
  return parts.filter((x): x is string => x !== null).join('，');
}
