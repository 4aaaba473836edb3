// Validation of a new clock event against the case's received date, its earlier events and today.
// Messages are in Chinese, keyed by the event's field names; sequencing errors go on the event's
// own date field so that the form shows them. An empty object means valid.

import { addDays, type IsoDate } from '../dates';
import { defaultWorkCalendar, type WorkCalendar } from '../calendar/work-calendar';
import { computeFee, feeQuantityError, type FeeMethod } from '../fees';
import { computeClock } from './compute-clock';
import { addError, checkDates, primaryField, type FieldErrors } from './event-dates';
import {
  approvedExtension,
  buildTimeline,
  openConsultation,
  openCorrection,
  pendingExtension,
  unpaidFee,
  type Timeline,
} from './timeline';
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
  /** The deadline in force today, before any Art. 35 date. */
  statutoryDueOn: () => IsoDate;
}

type Checker = { [K in ClockEvent['kind']]: (c: Check<ClockEventOf<K>>) => void };

const CHECKS: Checker = {
  correction_requested({ event, t, errors }) {
    if (t.corrections.length > 0) addError(errors, 'noticeOn', '补正只能要求一次（应一次性告知需要补正的内容）');
    else if (openConsultation(t) || unpaidFee(t)) addError(errors, 'noticeOn', '征求意见或待缴费期间不能要求补正');
    if (blank(event.missing)) addError(errors, 'missing', '请填写需要补正的内容');
    if (!positiveInteger(event.periodDays)) addError(errors, 'periodDays', '补正期限必须是正整数（工作日）');
  },
  correction_received({ event, t, ok, errors }) {
    const open = openCorrection(t);
    if (!open) addError(errors, 'receivedOn', '没有待补正的补正通知');
    else if (ok.has('receivedOn') && event.receivedOn < open.request.noticeOn)
      addError(errors, 'receivedOn', `收到补正日期不能早于补正通知日期（${open.request.noticeOn}）`);
  },
  consultation_sent({ event, t, ok, errors }) {
    const open = openConsultation(t);
    if (open) addError(errors, 'sentOn', `已有未答复的征求意见（${open.sent.sentOn}发出），请先登记收到意见`);
    else if (openCorrection(t)) addError(errors, 'sentOn', '申请人补正前不能征求意见');
    const last = t.consultations[t.consultations.length - 1];
    if (!open && last?.answeredOn && ok.has('sentOn') && event.sentOn < last.answeredOn)
      addError(errors, 'sentOn', `不能早于上一次征求意见的答复日期（${last.answeredOn}）`);
    if (blank(event.party)) addError(errors, 'party', '请填写征求意见的对象');
    if (event.partyKind !== 'third_party' && event.partyKind !== 'agency') addError(errors, 'partyKind', '请选择第三方或其他机关');
  },
  consultation_answered({ event, t, ok, errors }) {
    const open = openConsultation(t);
    if (!open) addError(errors, 'answeredOn', '没有未答复的征求意见');
    else if (ok.has('answeredOn') && event.answeredOn < open.sent.sentOn)
      addError(errors, 'answeredOn', `收到意见日期不能早于发出征求意见日期（${open.sent.sentOn}）`);
  },
  fee_notified({ event, t, ok, errors }) {
    const open = unpaidFee(t);
    if (open) addError(errors, 'noticeOn', `已有未缴费的收费通知（${open.notice.noticeOn}发出）`);
    else if (openCorrection(t)) addError(errors, 'noticeOn', '申请人补正前不能发出收费通知');
    const last = t.fees[t.fees.length - 1];
    if (!open && last?.paidOn && ok.has('noticeOn') && event.noticeOn < last.paidOn)
      addError(errors, 'noticeOn', `不能早于上一次缴费日期（${last.paidOn}）`);
    if (ok.has('noticeOn') && ok.has('deliveredOn') && event.deliveredOn < event.noticeOn)
      addError(errors, 'deliveredOn', `送达日期不能早于收费通知日期（${event.noticeOn}）`);
    if (event.method === null) checkStatedAmount(event.amount, errors);
    else checkFeeAmount(event.method, event.quantity, event.amount, errors);
  },
  fee_paid({ event, t, ok, errors }) {
    const open = unpaidFee(t);
    if (!open) addError(errors, 'paidOn', '没有待缴费的收费通知');
    else if (ok.has('paidOn') && event.paidOn < open.notice.noticeOn)
      addError(errors, 'paidOn', `缴费日期不能早于收费通知日期（${open.notice.noticeOn}）`);
  },
  extension_requested({ event, t, ok, errors, statutoryDueOn }) {
    if (approvedExtension(t)) addError(errors, 'requestedOn', '每件申请只能延期一次');
    else if (pendingExtension(t)) addError(errors, 'requestedOn', '已有待审批的延期申请，不能重复申请');
    else if (openCorrection(t)) addError(errors, 'requestedOn', '申请人补正前期限尚未重新起算，不能申请延期');
    else if (ok.has('requestedOn') && event.requestedOn > statutoryDueOn())
      addError(errors, 'requestedOn', `答复期限（${statutoryDueOn()}）已届满，不能再申请延期`);
    if (!positiveInteger(event.days)) addError(errors, 'days', '延期天数必须是正整数（工作日）');
    else if (event.days > MAX_EXTENSION_WORKING_DAYS) addError(errors, 'days', '延期不能超过20个工作日');
    if (blank(event.reason)) addError(errors, 'reason', '请填写延期理由');
    if (blank(event.requestedBy)) addError(errors, 'requestedBy', '请填写提出延期的人员');
  },
  extension_decided({ event, t, ok, errors, statutoryDueOn }) {
    const pending = pendingExtension(t);
    if (!pending) addError(errors, 'decidedOn', '没有待审批的延期申请');
    else if (ok.has('decidedOn') && event.decidedOn < pending.request.requestedOn)
      addError(errors, 'decidedOn', `审批日期不能早于延期申请日期（${pending.request.requestedOn}）`);
    else if (pending && event.approved && ok.has('decidedOn') && event.decidedOn > statutoryDueOn())
      addError(errors, 'decidedOn', `延期须在答复期限（${statutoryDueOn()}）届满前批准`);
    if (typeof event.approved !== 'boolean') addError(errors, 'approved', '请选择是否批准');
    if (blank(event.approverName)) addError(errors, 'approverName', '请填写审批人');
    if (event.approved && event.notifiedOn == null) addError(errors, 'notifiedOn', '批准延期的，须填写告知申请人的日期');
    if (event.notifiedOn && ok.has('notifiedOn') && ok.has('decidedOn') && event.notifiedOn < event.decidedOn)
      addError(errors, 'notifiedOn', `告知日期不能早于审批日期（${event.decidedOn}）`);
  },
  art35_set({ event, ctx, t, ok, errors, statutoryDueOn }) {
    // A later date is decided while the statutory period still runs, once, and within reason: it
    // must not turn a missed deadline into an "on time" reply.
    if (t.art35) addError(errors, 'dueOn', `已确定延迟答复日期（${t.art35.dueOn}），不能重复确定`);
    else if (ctx.today > statutoryDueOn())
      addError(errors, 'dueOn', `答复期限（${statutoryDueOn()}）已届满，不能再确定延迟答复日期`);
    else if (ok.has('dueOn') && event.dueOn <= statutoryDueOn())
      addError(errors, 'dueOn', `延迟答复日期应晚于按规定计算的答复期限（${statutoryDueOn()}）`);
    else if (ok.has('dueOn') && event.dueOn > addDays(ctx.receivedOn, 365))
      addError(errors, 'dueOn', `延迟答复日期不能晚于收到申请后一年（${addDays(ctx.receivedOn, 365)}）`);
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
    addError(errors, primaryField(event.kind), '本申请已办结，不能再登记计时事项');
    return errors;
  }
  const ok = checkDates(event, ctx, errors);
  const t = buildTimeline(ctx.events);
  let due: IsoDate | null = null;
  const statutoryDueOn = () =>
    (due ??= computeClock({ receivedOn: ctx.receivedOn, events: ctx.events, repliedOn: null, today: ctx.today }, cal).statutoryDueOn);
  const check = CHECKS[event.kind] as (c: Check<ClockEvent>) => void;
  check({ event, ctx, t, ok, errors, statutoryDueOn });
  return errors;
}
