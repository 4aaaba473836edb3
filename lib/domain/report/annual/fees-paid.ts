// Fees count in the year they were paid (REPORT.md §3): the payment date of the fee step. Each
// payment is paired with its notice as the clock pairs them (buildTimeline), so the amount paid is
// the notice's amount; a notice from a register file may have none.
import { buildTimeline } from '../../clock/timeline';
import type { ClockEvent } from '../../clock/types';
import type { ReportFacts } from './facts';

export function feesPaidIn(year: number, casesEvents: readonly (readonly ClockEvent[])[]): ReportFacts['fees'] {
  const prefix = `${year}-`;
  const fees = { cases: 0, amountYuan: 0, unknownAmounts: 0 };
  for (const events of casesEvents) {
    const paid = buildTimeline(events).fees.filter((f) => f.paidOn?.startsWith(prefix));
    if (!paid.length) continue;
    fees.cases += 1;
    for (const f of paid) {
      if (f.notice.amount === null) fees.unknownAmounts += 1;
      else fees.amountYuan += f.notice.amount;
    }
  }
  return fees;
}
