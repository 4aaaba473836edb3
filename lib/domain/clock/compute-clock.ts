// The clock of one case, derived from its received date, its events and today (RULES §3).
// The decisions it implements are listed, in Chinese, in CLOCK_DECISIONS (labels.ts).

import { maxDate, minDate, type IsoDate } from '../dates';
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from '../calendar/work-calendar';
import { consultationCap, extendForPauses, pauseIntervals } from './pauses';
import { approvedExtension, buildTimeline, openCorrection, unpaidFee, type Timeline } from './timeline';
import type {
  Clock,
  ClockInput,
  ClockPause,
  ClockStatus,
  ConsultationSummary,
  CorrectionSummary,
  ExtensionSummary,
  FeeSummary,
  StoredClockState,
} from './types';

export const REPLY_PERIOD_WORKING_DAYS = 20;
export const CORRECTION_NOTICE_WORKING_DAYS = 7;
export const FEE_PAYMENT_WORKING_DAYS = 20;
export const DEFAULT_DUE_SOON_DAYS = 5;

/**
 * Working days from `due` to a later `date`, at least 1: a reply on the Saturday after a Friday
 * deadline is one working day late, not zero.
 */
export function workingDaysLate(cal: WorkCalendar, due: IsoDate, date: IsoDate): number {
  return Math.max(1, workingDaysBetween(cal, due, date));
}

function summarizeExtension(t: Timeline): ExtensionSummary {
  const x = approvedExtension(t) ?? t.extensions[t.extensions.length - 1];
  if (!x) {
    return {
      state: 'none',
      days: null,
      reason: null,
      requestedBy: null,
      requestedOn: null,
      approverName: null,
      decidedOn: null,
      notifiedOn: null,
      comment: null,
    };
  }
  const d = x.decision;
  return {
    state: d === null ? 'pending' : d.approved ? 'approved' : 'rejected',
    days: x.request.days,
    reason: x.request.reason,
    requestedBy: x.request.requestedBy,
    requestedOn: x.request.requestedOn,
    approverName: d?.approverName ?? null,
    decidedOn: d?.decidedOn ?? null,
    notifiedOn: d?.notifiedOn ?? null,
    comment: d?.comment ?? null,
  };
}

/**
 * The state stored on the case for list filters: the status as of today, folded to what lists can
 * judge from the due date alone. A pause that no longer holds (a consultation past its cap, a fee
 * notice sent after the deadline) is stored as running, so an overdue case is listed as overdue.
 * It depends on today, so open cases that are not running are recomputed daily.
 */
function storedStateOf(closed: boolean, status: ClockStatus): StoredClockState {
  if (closed) return 'closed';
  if (status === 'awaiting_correction' || status === 'paused_fee' || status === 'paused_consultation') return status;
  return 'running';
}

export function computeClock(input: ClockInput, cal: WorkCalendar): Clock {
  const { receivedOn, repliedOn, today } = input;
  const dueSoonDays = input.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const closed = repliedOn !== null;
  const asOf = repliedOn ?? today;
  const t = buildTimeline(input.events);

  // Correction (Art. 30): the reply period starts again when the corrected application arrives.
  const firstCorrection = t.corrections[0] ?? null;
  const lastCorrection = t.corrections[t.corrections.length - 1] ?? null;
  const correctionNoticeDueOn = addWorkingDays(cal, receivedOn, CORRECTION_NOTICE_WORKING_DAYS).date;
  const correction: CorrectionSummary | null = lastCorrection && {
    noticeOn: lastCorrection.request.noticeOn,
    missing: lastCorrection.request.missing,
    periodDays: lastCorrection.request.periodDays,
    dueOn: addWorkingDays(cal, lastCorrection.request.noticeOn, lastCorrection.request.periodDays).date,
    receivedOn: lastCorrection.receivedOn,
  };
  const awaitingCorrection = openCorrection(t) !== null;

  // A restart never shortens the period: the start is the latest of all candidate dates. While a
  // correction is awaited the due date assumes it arrives on asOf (so 20 working days remain).
  let startOn = receivedOn;
  for (const c of t.corrections) if (c.receivedOn) startOn = maxDate(startOn, c.receivedOn);
  if (awaitingCorrection && correction) startOn = maxDate(startOn, maxDate(correction.noticeOn, asOf));

  const base = addWorkingDays(cal, startOn, REPLY_PERIOD_WORKING_DAYS);
  const extension = summarizeExtension(t);
  const approved = approvedExtension(t);
  const extended = approved ? addWorkingDays(cal, base.date, approved.request.days) : base;
  const intervals = pauseIntervals(cal, t.consultations, t.fees, asOf);
  const paused = extendForPauses(cal, startOn, extended.date, intervals);
  const statutoryDueOn = paused.dueOn;
  const art35 = t.art35 && { dueOn: t.art35.dueOn, reason: t.art35.reason };
  const replyDueOn = art35 ? art35.dueOn : statutoryDueOn;
  const provisional = art35 ? false : base.provisional || extended.provisional || paused.provisional;

  const consultations: ConsultationSummary[] = t.consultations.map((c) => {
    const capOn = consultationCap(cal, c.sent.sentOn);
    const end = c.answeredOn ?? asOf;
    return {
      sentOn: c.sent.sentOn,
      party: c.sent.party,
      partyKind: c.sent.partyKind,
      answeredOn: c.answeredOn,
      capOn,
      pausedUntil: maxDate(c.sent.sentOn, minDate(end, capOn)),
      capReached: c.answeredOn === null && asOf > capOn,
    };
  });

  const lastFee = t.fees[t.fees.length - 1] ?? null;
  const fee: FeeSummary | null = lastFee && {
    method: lastFee.notice.method,
    quantity: lastFee.notice.quantity,
    amount: lastFee.notice.amount,
    noticeOn: lastFee.notice.noticeOn,
    deliveredOn: lastFee.notice.deliveredOn,
    payBy: addWorkingDays(cal, lastFee.notice.deliveredOn, FEE_PAYMENT_WORKING_DAYS).date,
    paidOn: lastFee.paidOn,
    unpaidExpired: false,
  };
  if (fee) fee.unpaidExpired = !closed && fee.paidOn === null && today > fee.payBy;

  // The pause in force: a correction first, then an unpaid fee, then a consultation within its cap.
  const openFee = unpaidFee(t);
  const openConsult = consultations.find((c) => c.answeredOn === null && asOf <= c.capOn);
  let pause: ClockPause | null = null;
  if (!closed) {
    if (awaitingCorrection && correction) pause = { kind: 'correction', since: correction.noticeOn };
    else if (openFee) pause = { kind: 'fee', since: openFee.notice.noticeOn };
    else if (openConsult) pause = { kind: 'consultation', since: openConsult.sentOn, resumesBy: openConsult.capOn };
  }

  const correctionExpired = !closed && awaitingCorrection && correction !== null && today > correction.dueOn;

  let workingDaysLeft: number | null = null;
  let lateByWorkingDays: number | null = null;
  let status: ClockStatus;
  if (closed) {
    const late = repliedOn > replyDueOn;
    status = late ? 'closed_late' : 'closed_on_time';
    lateByWorkingDays = late ? workingDaysLate(cal, replyDueOn, repliedOn) : null;
  } else {
    // An open pause that began on or before the deadline freezes the days left, even on a rest day
    // when the moving due date sits on the last working day before today.
    const frozen = !art35 && (pause?.kind === 'fee' || pause?.kind === 'consultation') && pause.since <= statutoryDueOn;
    const left = workingDaysBetween(cal, today, replyDueOn);
    workingDaysLeft = today > replyDueOn && !(frozen && left >= 0) ? -workingDaysLate(cal, replyDueOn, today) : left;
    if (awaitingCorrection) status = 'awaiting_correction';
    else if (workingDaysLeft < 0) status = 'overdue';
    else if (pause?.kind === 'fee') status = 'paused_fee';
    else if (pause?.kind === 'consultation') status = 'paused_consultation';
    else status = workingDaysLeft <= dueSoonDays ? 'due_soon' : 'on_track';
  }

  return {
    startOn,
    restarted: t.corrections.some((c) => c.receivedOn !== null),
    baseDueOn: base.date,
    statutoryDueOn,
    replyDueOn,
    replyDueOnIsEstimate: !closed && !art35 && pause !== null,
    provisional,
    art35,
    correctionNoticeDueOn,
    correctionNoticeLate: firstCorrection ? firstCorrection.request.noticeOn > correctionNoticeDueOn : null,
    correction,
    awaitingCorrection,
    correctionDueOn: correction?.dueOn ?? null,
    correctionExpired,
    pause,
    pausedWorkingDays: paused.pausedWorkingDays,
    consultations,
    extension,
    fee,
    feeUnpaidExpired: fee?.unpaidExpired ?? false,
    workingDaysLeft,
    status,
    storedState: storedStateOf(closed, status),
    lateByWorkingDays,
  };
}
