// What the case page shows of each kind of step: the correction, the consultations, the latest fee
// notice and the extension, each with the dates RULES §3 derives from it.

import { maxDate, minDate, type IsoDate } from '../dates';
import { addWorkingDays, type WorkCalendar } from '../calendar/work-calendar';
import { consultationCap } from './pauses';
import { approvedExtension, type Timeline } from './timeline';
import type { ConsultationSummary, CorrectionSummary, ExtensionSummary, FeeSummary } from './types';

export const CORRECTION_NOTICE_WORKING_DAYS = 7;
export const FEE_PAYMENT_WORKING_DAYS = 20;

/** The latest correction notice, with the applicant's deadline (notice + the period given). */
export function summarizeCorrection(cal: WorkCalendar, t: Timeline): CorrectionSummary | null {
  const latest = t.corrections[t.corrections.length - 1];
  if (!latest) return null;
  const { noticeOn, missing, periodDays } = latest.request;
  return { noticeOn, missing, periodDays, dueOn: addWorkingDays(cal, noticeOn, periodDays).date, receivedOn: latest.receivedOn };
}

/** Art. 30: the correction notice is due 7 working days after receipt; null without a notice. */
export function correctionNotice(cal: WorkCalendar, receivedOn: IsoDate, t: Timeline): { dueOn: IsoDate; late: boolean | null } {
  const dueOn = addWorkingDays(cal, receivedOn, CORRECTION_NOTICE_WORKING_DAYS).date;
  const first = t.corrections[0];
  return { dueOn, late: first ? first.request.noticeOn > dueOn : null };
}

export function summarizeConsultations(cal: WorkCalendar, t: Timeline, asOf: IsoDate): ConsultationSummary[] {
  return t.consultations.map((c) => {
    const capOn = consultationCap(cal, c.sent.sentOn);
    return {
      sentOn: c.sent.sentOn,
      party: c.sent.party,
      partyKind: c.sent.partyKind,
      answeredOn: c.answeredOn,
      capOn,
      pausedUntil: maxDate(c.sent.sentOn, minDate(c.answeredOn ?? asOf, capOn)),
      capReached: c.answeredOn === null && asOf > capOn,
    };
  });
}

/** The latest fee notice; unpaid past its 20 working days only matters while the case is open. */
export function summarizeFee(cal: WorkCalendar, t: Timeline, openOn: IsoDate | null): FeeSummary | null {
  const latest = t.fees[t.fees.length - 1];
  if (!latest) return null;
  const { method, quantity, amount, noticeOn, deliveredOn } = latest.notice;
  const payBy = addWorkingDays(cal, deliveredOn, FEE_PAYMENT_WORKING_DAYS).date;
  const unpaidExpired = openOn !== null && latest.paidOn === null && openOn > payBy;
  return { method, quantity, amount, noticeOn, deliveredOn, payBy, paidOn: latest.paidOn, unpaidExpired };
}

const NO_EXTENSION: ExtensionSummary = {
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

/** The approved extension, else the latest request with its decision, if any. */
export function summarizeExtension(t: Timeline): ExtensionSummary {
  const x = approvedExtension(t) ?? t.extensions[t.extensions.length - 1];
  if (!x) return NO_EXTENSION;
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
