// Pauses (RULES §3): a pause from S to E removes the working days d with S < d ≤ E from the count,
// so a pause of k working days moves the deadline by exactly k working days.

import { maxDate, minDate, type IsoDate } from '../dates';
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from '../calendar/work-calendar';
import { openCorrection, unpaidFee, type ConsultationChain, type FeeChain, type Timeline } from './timeline';
import type { ClockPause, ConsultationSummary } from './types';

/** RULES Decision: a consultation pauses the clock for at most 15 working days after sending. */
export const CONSULTATION_CAP_WORKING_DAYS = 15;

export interface PauseInterval {
  kind: 'consultation' | 'fee';
  since: IsoDate;
  /** The last paused day. */
  until: IsoDate;
}

export function consultationCap(cal: WorkCalendar, sentOn: IsoDate): IsoDate {
  return addWorkingDays(cal, sentOn, CONSULTATION_CAP_WORKING_DAYS).date;
}

/**
 * A consultation pauses until its answer or its cap, whichever is earlier; while unanswered the
 * pause is assumed to last until min(asOf, cap). A fee pause runs from the notice to payment with
 * no cap; while unpaid, until asOf. `asOf` is today, or the reply date once the case is closed.
 */
export function pauseIntervals(
  cal: WorkCalendar,
  consultations: readonly ConsultationChain[],
  fees: readonly FeeChain[],
  asOf: IsoDate,
): PauseInterval[] {
  const out: PauseInterval[] = [];
  for (const c of consultations) {
    const end = minDate(c.answeredOn ?? asOf, consultationCap(cal, c.sent.sentOn));
    out.push({ kind: 'consultation', since: c.sent.sentOn, until: maxDate(end, c.sent.sentOn) });
  }
  for (const f of fees) {
    const end = f.paidOn ?? asOf;
    out.push({ kind: 'fee', since: f.notice.noticeOn, until: maxDate(end, f.notice.noticeOn) });
  }
  return out;
}

/** Overlapping or touching pauses are one stop of the clock: (a, b] ∪ (b, c] = (a, c]. */
function merge(intervals: readonly PauseInterval[]): { since: IsoDate; until: IsoDate }[] {
  const sorted = [...intervals].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
  const merged: { since: IsoDate; until: IsoDate }[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && p.since <= last.until) last.until = maxDate(last.until, p.until);
    else merged.push({ since: p.since, until: p.until });
  }
  return merged;
}

/**
 * Moves `dueOn` by the paused working days. Only days after `startOn` count (a restart forgets the
 * pauses of the earlier period), and a pause extends the deadline only if it starts on or before the
 * deadline in force at that point (earlier pauses and the extension included).
 */
export function extendForPauses(
  cal: WorkCalendar,
  startOn: IsoDate,
  dueOn: IsoDate,
  intervals: readonly PauseInterval[],
): { dueOn: IsoDate; pausedWorkingDays: number; provisional: boolean } {
  let due = dueOn;
  let paused = 0;
  let provisional = false;
  for (const p of merge(intervals)) {
    const since = maxDate(p.since, startOn);
    if (since > due) continue;
    const k = Math.max(0, workingDaysBetween(cal, since, p.until));
    if (k === 0) continue;
    const moved = addWorkingDays(cal, due, k);
    due = moved.date;
    provisional ||= moved.provisional;
    paused += k;
  }
  return { dueOn: due, pausedWorkingDays: paused, provisional };
}

/**
 * The pause in force on `asOf` for an open case: an awaited correction first, then an unpaid fee,
 * then a consultation still within its cap.
 */
export function pauseInForce(t: Timeline, consultations: readonly ConsultationSummary[], asOf: IsoDate): ClockPause | null {
  const latestCorrection = t.corrections[t.corrections.length - 1];
  if (openCorrection(t) && latestCorrection) return { kind: 'correction', since: latestCorrection.request.noticeOn };
  const fee = unpaidFee(t);
  if (fee) return { kind: 'fee', since: fee.notice.noticeOn };
  const consultation = consultations.find((c) => c.answeredOn === null && asOf <= c.capOn);
  return consultation ? { kind: 'consultation', since: consultation.sentOn, resumesBy: consultation.capOn } : null;
}
