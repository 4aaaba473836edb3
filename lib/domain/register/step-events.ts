// The clock events a register row adds to a case: the steps the file states and the case does not
// have yet, built as the case page would record them and put in the order they happened. What the
// register cannot say (the correction's content, the consulted party, who approved) is written as
// NOT_IN_REGISTER. A step the case already has with another date is a conflict: an import never
// changes or removes a recorded step.
import { maxDate, type IsoDate } from '../dates';
import { buildTimeline, pendingExtension } from '../clock/timeline';
import type { ClockEvent } from '../clock/types';
import { stepHeader, type StepColumnKey } from './register-columns';
import { LIST_SEPARATOR, registerStepsOf, type RegisterSteps } from './register-steps';

/** Written where the case page asks for something a register does not record. */
export const NOT_IN_REGISTER = '台账未载明';
/** The period the case page proposes for a correction, in working days. */
export const REGISTER_CORRECTION_PERIOD_DAYS = 15;

export type StepEvent = {
  event: ClockEvent;
  /**
   * Its place in time: the event's own date; for an answer dated before its request (an error the
   * checks report) the request's date, so that the message is about the order of the two dates.
   */
  on: IsoDate;
  /**
   * Among steps of one day: answers to earlier steps first, then an extension, then new steps, each
   * followed by its own answer of the same day.
   */
  rank: number;
};
export type StepConflict = { column: StepColumnKey; message: string };

const CLOSES_EARLIER = 0;
const EXTENSION = 1;
// Steps of one rank keep the order they are built in: a chain's answer right after its request.
const OPENS = 2;

/** The register column that shows an event's field, for messages about it. */
export function stepColumnOf(event: ClockEvent, field: string): StepColumnKey {
  switch (event.kind) {
    case 'correction_requested':
      return 'correctionNoticeOn';
    case 'correction_received':
      return 'correctionReceivedOn';
    case 'consultation_sent':
      return 'consultationSentOn';
    case 'consultation_answered':
      return 'consultationAnsweredOn';
    case 'fee_notified':
      return ['amount', 'method', 'quantity'].includes(field) ? 'feeAmount' : 'feeNoticeOn';
    case 'fee_paid':
      return 'feePaidOn';
    case 'extension_requested':
      return field === 'days' ? 'extensionDays' : 'extensionNotifiedOn';
    default:
      return 'extensionNotifiedOn';
  }
}

const list = (values: readonly (string | number | null)[]) => values.map((v) => v ?? '（空）').join(LIST_SEPARATOR);

function conflict(column: StepColumnKey, stored: string, file: string): StepConflict {
  return {
    column,
    message: `系统中已登记的${stepHeader(column)}为 ${stored}，与文件中的 ${file} 不同。导入不会修改或删除已登记的办理步骤，请按系统中的记录填写或留空`,
  };
}

/** The events that record `file` on a case whose clock events so far are `recorded` (none for a new case). */
export function stepEventsFor(file: RegisterSteps, recorded: readonly ClockEvent[]): { steps: StepEvent[]; conflicts: StepConflict[] } {
  const stored = registerStepsOf(recorded);
  const steps: StepEvent[] = [];
  const conflicts: StepConflict[] = [];
  const add = (event: ClockEvent, on: IsoDate, rank: number) => steps.push({ event, on, rank });
  const close = (event: ClockEvent, openedOn: IsoDate, on: IsoDate) => add(event, maxDate(openedOn, on), openedOn < on ? CLOSES_EARLIER : OPENS);

  if (file.correction) {
    const { noticeOn, receivedOn } = file.correction;
    const had = stored.correction;
    if (had && had.noticeOn !== noticeOn) conflicts.push(conflict('correctionNoticeOn', had.noticeOn, noticeOn));
    else {
      if (!had) add({ kind: 'correction_requested', noticeOn, missing: NOT_IN_REGISTER, periodDays: REGISTER_CORRECTION_PERIOD_DAYS }, noticeOn, OPENS);
      if (receivedOn && had?.receivedOn && had.receivedOn !== receivedOn) conflicts.push(conflict('correctionReceivedOn', had.receivedOn, receivedOn));
      else if (receivedOn && !had?.receivedOn) close({ kind: 'correction_received', receivedOn }, noticeOn, receivedOn);
    }
  }

  file.consultations.forEach(({ sentOn, answeredOn }, i) => {
    const had = stored.consultations[i];
    if (had && had.sentOn !== sentOn) {
      conflicts.push(conflict('consultationSentOn', list(stored.consultations.map((c) => c.sentOn)), list(file.consultations.map((c) => c.sentOn))));
      return;
    }
    if (!had) add({ kind: 'consultation_sent', sentOn, party: NOT_IN_REGISTER, partyKind: 'third_party' }, sentOn, OPENS);
    if (answeredOn && had?.answeredOn && had.answeredOn !== answeredOn) conflicts.push(conflict('consultationAnsweredOn', had.answeredOn, answeredOn));
    else if (answeredOn && !had?.answeredOn) close({ kind: 'consultation_answered', answeredOn }, sentOn, answeredOn);
  });

  file.fees.forEach(({ noticeOn, paidOn, amount }, i) => {
    const had = stored.fees[i];
    if (had && had.noticeOn !== noticeOn) {
      conflicts.push(conflict('feeNoticeOn', list(stored.fees.map((f) => f.noticeOn)), list(file.fees.map((f) => f.noticeOn))));
      return;
    }
    if (had && amount !== null && had.amount !== amount) conflicts.push(conflict('feeAmount', `${had.amount ?? '（空）'}`, `${amount}`));
    if (!had) add({ kind: 'fee_notified', noticeOn, deliveredOn: noticeOn, method: null, quantity: null, amount }, noticeOn, OPENS);
    if (paidOn && had?.paidOn && had.paidOn !== paidOn) conflicts.push(conflict('feePaidOn', had.paidOn, paidOn));
    else if (paidOn && !had?.paidOn) close({ kind: 'fee_paid', paidOn }, noticeOn, paidOn);
  });

  if (file.extension) {
    const { days, notifiedOn } = file.extension;
    const had = stored.extension;
    const pending = pendingExtension(buildTimeline(recorded));
    if (had && had.days !== days) conflicts.push(conflict('extensionDays', String(had.days), String(days)));
    else if (had && had.notifiedOn !== notifiedOn) conflicts.push(conflict('extensionNotifiedOn', had.notifiedOn, notifiedOn));
    else if (!had && pending && pending.request.days !== days) {
      conflicts.push({ column: 'extensionDays', message: `系统中已有待审批的延期申请（延长 ${pending.request.days} 个工作日），与文件中的 ${days} 个工作日不同，请核对` });
    } else if (!had) {
      // Approved and told on the day the register gives: the latest day the approval can have been.
      if (!pending) add({ kind: 'extension_requested', requestedOn: notifiedOn, days, reason: NOT_IN_REGISTER, requestedBy: NOT_IN_REGISTER }, notifiedOn, EXTENSION);
      add({ kind: 'extension_decided', decidedOn: notifiedOn, approved: true, approverName: NOT_IN_REGISTER, notifiedOn, comment: '' }, notifiedOn, EXTENSION);
    }
  }

  const order = new Map(steps.map((s, i) => [s, i]));
  steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.rank - b.rank || order.get(a)! - order.get(b)!));
  return { steps, conflicts };
}
