// Validation of a new clock event against the case's received date, its earlier events and today.
// Messages are in Chinese, keyed by the event's field names; sequencing errors go on the event's
// own date field so that the form shows them. An empty object means valid.

import { addDays, type IsoDate } from '../dates';
import { defaultWorkCalendar, type WorkCalendar } from '../calendar/work-calendar';
import { computeFee, feeQuantityError, type FeeMethod } from '../fees';
import { computeClock } from './compute-clock';
import type { FieldErrors } from '../errors';
import { addError, checkDates, primaryField } from './event-dates';
import { CLOSED_REFUSAL, stepRefusal } from './step-rules';
import { buildTimeline, openConsultation, openCorrection, pendingExtension, unpaidFee, type Timeline } from './timeline';
import type { ClockEvent, ClockEventOf } from './types';

export interface ClockEventContext {
  receivedOn: IsoDate;
  /** The case's events so far, in recorded order. */
  events: readonly ClockEvent[];
  repliedOn: IsoDate | null;
  today: IsoDate;
}

export const MAX_EXTENSION_WORKING_DAYS = 20;

function blank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function positiveInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

interface Check<E> {
  event: E;
  ctx: ClockEventContext;
  t: Timeline;
  ok: Set<string>;
  errors: FieldErrors;
  /** The step was refused outright (step-rules.ts): only the checks of its other fields apply. */
  refused: boolean;
  /** The deadline in force today, before any Art. 35 date. */
  statutoryDueOn: IsoDate;
}

type Checker = { [K in ClockEvent['kind']]: (c: Check<ClockEventOf<K>>) => void };

// What each step's own fields must satisfy, once step-rules.ts has said whether the step may be
// recorded at all.
const CHECKS: Checker = {
  correction_requested({ event, errors }) {
    if (blank(event.missing)) addError(errors, 'missing', '请填写需要补正的内容');
    if (!positiveInteger(event.periodDays)) addError(errors, 'periodDays', '补正期限必须是正整数（工作日）');
  },
  correction_received({ event, t, ok, errors }) {
    const open = openCorrection(t);
    if (open && ok.has('receivedOn') && event.receivedOn < open.request.noticeOn)
      addError(errors, 'receivedOn', `收到补正日期不能早于补正通知日期（${open.request.noticeOn}）`);
  },
  consultation_sent({ event, t, ok, errors }) {
    const last = t.consultations[t.consultations.length - 1];
    if (!openConsultation(t) && last?.answeredOn && ok.has('sentOn') && event.sentOn < last.answeredOn)
      addError(errors, 'sentOn', `不能早于上一次征求意见的答复日期（${last.answeredOn}）`);
    if (blank(event.party)) addError(errors, 'party', '请填写征求意见的对象');
    if (event.partyKind !== 'third_party' && event.partyKind !== 'agency') addError(errors, 'partyKind', '请选择第三方或其他机关');
  },
  consultation_answered({ event, t, ok, errors }) {
    const open = openConsultation(t);
    if (open && ok.has('answeredOn') && event.answeredOn < open.sent.sentOn)
      addError(errors, 'answeredOn', `收到意见日期不能早于发出征求意见日期（${open.sent.sentOn}）`);
  },
  fee_notified({ event, t, ok, errors }) {
    const last = t.fees[t.fees.length - 1];
    if (!unpaidFee(t) && last?.paidOn && ok.has('noticeOn') && event.noticeOn < last.paidOn)
      addError(errors, 'noticeOn', `不能早于上一次缴费日期（${last.paidOn}）`);
    if (ok.has('noticeOn') && ok.has('deliveredOn') && event.deliveredOn < event.noticeOn)
      addError(errors, 'deliveredOn', `送达日期不能早于收费通知日期（${event.noticeOn}）`);
    if (event.method === null) checkStatedAmount(event.amount, errors);
    else checkFeeAmount(event.method, event.quantity, event.amount, errors);
  },
  fee_paid({ event, t, ok, errors }) {
    const open = unpaidFee(t);
    if (open && ok.has('paidOn') && event.paidOn < open.notice.noticeOn)
      addError(errors, 'paidOn', `缴费日期不能早于收费通知日期（${open.notice.noticeOn}）`);
  },
  extension_requested({ event, ok, errors, refused, statutoryDueOn }) {
    if (!refused && ok.has('requestedOn') && event.requestedOn > statutoryDueOn)
      addError(errors, 'requestedOn', `答复期限（${statutoryDueOn}）已届满，不能再申请延期`);
    if (!positiveInteger(event.days)) addError(errors, 'days', '延期天数必须是正整数（工作日）');
    else if (event.days > MAX_EXTENSION_WORKING_DAYS) addError(errors, 'days', '延期不能超过20个工作日');
    if (blank(event.reason)) addError(errors, 'reason', '请填写延期理由');
    if (blank(event.requestedBy)) addError(errors, 'requestedBy', '请填写提出延期的人员');
  },
  extension_decided({ event, t, ok, errors, statutoryDueOn }) {
    const pending = pendingExtension(t);
    if (pending && ok.has('decidedOn')) {
      if (event.decidedOn < pending.request.requestedOn)
        addError(errors, 'decidedOn', `审批日期不能早于延期申请日期（${pending.request.requestedOn}）`);
      else if (event.approved && event.decidedOn > statutoryDueOn) addError(errors, 'decidedOn', `延期须在答复期限（${statutoryDueOn}）届满前批准`);
    }
    if (typeof event.approved !== 'boolean') addError(errors, 'approved', '请选择是否批准');
    if (blank(event.approverName)) addError(errors, 'approverName', '请填写审批人');
    if (event.approved && event.notifiedOn == null) addError(errors, 'notifiedOn', '批准延期的，须填写告知申请人的日期');
    if (event.notifiedOn && ok.has('notifiedOn') && ok.has('decidedOn') && event.notifiedOn < event.decidedOn)
      addError(errors, 'notifiedOn', `告知日期不能早于审批日期（${event.decidedOn}）`);
  },
  art35_set({ event, ctx, ok, errors, refused, statutoryDueOn }) {
    // Within reason: after the statutory deadline, and not beyond a year from receipt.
    const latest = addDays(ctx.receivedOn, 365);
    if (!refused && ok.has('dueOn') && event.dueOn <= statutoryDueOn)
      addError(errors, 'dueOn', `延迟答复日期应晚于按规定计算的答复期限（${statutoryDueOn}）`);
    else if (!refused && ok.has('dueOn') && event.dueOn > latest) addError(errors, 'dueOn', `延迟答复日期不能晚于收到申请后一年（${latest}）`);
    if (blank(event.reason)) addError(errors, 'reason', '请填写延迟答复的理由');
  },
};

/** A register file's amount is the agency's own statement: only its form is checked. */
function checkStatedAmount(amount: number | null, errors: FieldErrors): void {
  if (amount !== null && !(Number.isFinite(amount) && amount >= 0)) addError(errors, 'amount', '收费金额必须是不小于0的数字（元）');
}

function checkFeeAmount(method: FeeMethod, quantity: number, amount: number, errors: FieldErrors): void {
  if (method !== 'per_application' && method !== 'per_page') {
    addError(errors, 'method', '请选择按件计收或按量计收');
    return;
  }
  const quantityError = feeQuantityError(method, quantity);
  if (quantityError) {
    addError(errors, 'quantity', quantityError);
    return;
  }
  const fee = computeFee({ method, quantity });
  if (fee.amount === 0) addError(errors, 'amount', `按此数量不收费（${fee.breakdown}），无需发出收费通知`);
  else if (amount !== fee.amount) addError(errors, 'amount', `金额应为${fee.amount}元（${fee.breakdown}）`);
}

export function validateClockEvent(
  event: ClockEvent,
  ctx: ClockEventContext,
  cal: WorkCalendar = defaultWorkCalendar(),
): FieldErrors {
  const errors: FieldErrors = {};
  if (!Object.hasOwn(CHECKS, event.kind)) return { kind: ['未知的事项类型'] };
  if (ctx.repliedOn) {
    addError(errors, primaryField(event.kind), CLOSED_REFUSAL);
    return errors;
  }
  const ok = checkDates(event, ctx, errors);
  const t = buildTimeline(ctx.events);
  const { statutoryDueOn } = computeClock({ receivedOn: ctx.receivedOn, events: ctx.events, repliedOn: null, today: ctx.today }, cal);
  const refusal = stepRefusal(event.kind, { t, closed: false, today: ctx.today, statutoryDueOn });
  if (refusal) addError(errors, primaryField(event.kind), refusal);
  const check = CHECKS[event.kind] as (c: Check<ClockEvent>) => void;
  check({ event, ctx, t, ok, errors, refused: refusal !== null, statutoryDueOn });
  return errors;
}
