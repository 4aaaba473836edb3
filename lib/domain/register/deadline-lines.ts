// The preview line of a case whose steps an import records: the steps in the words of the file,
// and the deadline before and after (for a new case, "before" counts from its received date alone).
import { STATUS_LABELS } from '../clock/labels';
import { eventDate } from '../clock/event-dates';
import type { Clock } from '../clock/types';
import { stepHeader } from './register-columns';
import { stepColumnOf, type StepEvent } from './step-events';

function stepCell(step: StepEvent): string {
  const e = step.event;
  if (e.kind === 'extension_requested') return `${stepHeader('extensionDays')} ${e.days}`;
  const date = `${stepHeader(stepColumnOf(e, ''))} ${eventDate(e)}`;
  return e.kind === 'fee_notified' && e.amount !== null ? `${date}（${stepHeader('feeAmount')} ${e.amount}）` : date;
}

const due = (c: Clock) => `${c.replyDueOn}${c.provisional ? '（暂定）' : ''}`;

/** `申请编号 X：登记 征求意见日期 2024-01-10、征求意见答复日期 2024-01-20；答复期限 2024-02-01 → 2024-02-22`. */
export function deadlineChangeLine(caseNo: string, isNew: boolean, steps: readonly StepEvent[], before: Clock, after: Clock): string {
  const parts = [`登记 ${steps.map(stepCell).join('、')}`];
  const from = isNew ? `${due(before)}（未计办理步骤）` : due(before);
  parts.push(before.replyDueOn === after.replyDueOn && before.provisional === after.provisional ? `答复期限 ${due(after)}（不变）` : `答复期限 ${from} → ${due(after)}`);
  // Whether a closed case was on time turns on its deadline alone; an open case's status also on today.
  if (after.storedState === 'closed' && before.status !== after.status) parts.push(`办理状态 ${STATUS_LABELS[before.status]} → ${STATUS_LABELS[after.status]}`);
  return `申请编号 ${caseNo}${isNew ? '（新增）' : ''}：${parts.join('；')}`;
}
