// Outcomes the product offers when the applicant let a period lapse (RULES §3, Art. 30 and Art. 42).

import { formatChineseDate } from '../dates';
import type { OutcomeCode } from '../categories';
import type { Clock } from './types';

export interface CloseSuggestion {
  outcome: Extract<OutcomeCode, 'other.no_correction' | 'other.fee_unpaid'>;
  reason: string;
}

export function closeSuggestions(clock: Clock): CloseSuggestion[] {
  if (clock.storedState === 'closed') return [];
  const out: CloseSuggestion[] = [];
  if (clock.correctionExpired && clock.correctionDueOn) {
    out.push({
      outcome: 'other.no_correction',
      reason: `申请人未在补正期限（${formatChineseDate(clock.correctionDueOn)}）内补正，可按“申请人无正当理由逾期不补正、行政机关不再处理”办结。`,
    });
  }
  if (clock.feeUnpaidExpired && clock.fee) {
    out.push({
      outcome: 'other.fee_unpaid',
      reason: `申请人收到收费通知后20个工作日内（至${formatChineseDate(clock.fee.payBy)}）未缴费，可按“申请人逾期未按收费通知要求缴纳费用、行政机关不再处理”办结。`,
    });
  }
  return out;
}
