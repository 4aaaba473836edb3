// Which steps the steps already recorded allow next (RULES §3), one rule per kind of step. The case
// page offers exactly the steps without a refusal (computeClock's allowedSteps, availableSteps) and
// validateClockEvent refuses any other with the same sentence, shown on the step's own date field.

import type { IsoDate } from '../dates';
import { approvedExtension, openConsultation, openCorrection, pendingExtension, unpaidFee, type Timeline } from './timeline';
import type { ClockEventKind } from './types';

export interface StepContext {
  t: Timeline;
  closed: boolean;
  today: IsoDate;
  /** The deadline in force today, before any Art. 35 date. */
  statutoryDueOn: IsoDate;
}

export const CLOSED_REFUSAL = '本申请已办结，不能再登记计时事项';

/** Why a step of this kind cannot be recorded now, or null when it can. */
export function stepRefusal(kind: ClockEventKind, { t, closed, today, statutoryDueOn }: StepContext): string | null {
  if (closed) return CLOSED_REFUSAL;
  switch (kind) {
    case 'correction_requested':
      if (t.corrections.length > 0) return '补正只能要求一次（应一次性告知需要补正的内容）';
      return openConsultation(t) || unpaidFee(t) ? '征求意见或待缴费期间不能要求补正' : null;
    case 'correction_received':
      return openCorrection(t) ? null : '没有待补正的补正通知';
    case 'consultation_sent': {
      const open = openConsultation(t);
      if (open) return `已有未答复的征求意见（${open.sent.sentOn}发出），请先登记收到意见`;
      return openCorrection(t) ? '申请人补正前不能征求意见' : null;
    }
    case 'consultation_answered':
      return openConsultation(t) ? null : '没有未答复的征求意见';
    case 'fee_notified': {
      const open = unpaidFee(t);
      if (open) return `已有未缴费的收费通知（${open.notice.noticeOn}发出）`;
      return openCorrection(t) ? '申请人补正前不能发出收费通知' : null;
    }
    case 'fee_paid':
      return unpaidFee(t) ? null : '没有待缴费的收费通知';
    case 'extension_requested':
      if (approvedExtension(t)) return '每件申请只能延期一次';
      if (pendingExtension(t)) return '已有待审批的延期申请，不能重复申请';
      return openCorrection(t) ? '申请人补正前期限尚未重新起算，不能申请延期' : null;
    case 'extension_decided':
      return pendingExtension(t) ? null : '没有待审批的延期申请';
    case 'art35_set':
      // A later date is decided while the statutory period still runs, once: it must not turn a
      // missed deadline into an "on time" reply.
      if (t.art35) return `已确定延迟答复日期（${t.art35.dueOn}），不能重复确定`;
      return today > statutoryDueOn ? `答复期限（${statutoryDueOn}）已届满，不能再确定延迟答复日期` : null;
  }
}
