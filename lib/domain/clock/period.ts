// RULES §3, the reply deadline, step by step: the period starts at receipt, or again when the
// corrected application arrives (a restart, not a pause); it runs 20 working days, plus an approved
// extension, plus the paused working days; an Art. 35 date replaces it.

import { maxDate, type IsoDate } from '../dates';
import { addWorkingDays, type WorkCalendar } from '../calendar/work-calendar';
import { extendForPauses, pauseIntervals } from './pauses';
import { approvedExtension, openCorrection, type Timeline } from './timeline';

export const REPLY_PERIOD_WORKING_DAYS = 20;

/**
 * The correction restart (Art. 30): the period starts again on the day the corrected application
 * arrives. A restart never shortens the period, so the start is the latest candidate date. While a
 * correction is awaited the deadline assumes it arrives on `asOf`, so 20 working days remain.
 */
export function periodStart(receivedOn: IsoDate, t: Timeline, asOf: IsoDate): IsoDate {
  let startOn = receivedOn;
  for (const c of t.corrections) if (c.receivedOn) startOn = maxDate(startOn, c.receivedOn);
  const latest = t.corrections[t.corrections.length - 1];
  if (openCorrection(t) && latest) startOn = maxDate(startOn, maxDate(latest.request.noticeOn, asOf));
  return startOn;
}

export interface ReplyDeadline {
  /** startOn + 20 working days. */
  baseDueOn: IsoDate;
  /** base + approved extension + paused working days. */
  statutoryDueOn: IsoDate;
  art35: { dueOn: IsoDate; reason: string } | null;
  /** The deadline in force: the Art. 35 date when set, else statutoryDueOn. */
  replyDueOn: IsoDate;
  /** A counted day lies in a year without an official schedule (never for an Art. 35 date). */
  provisional: boolean;
  pausedWorkingDays: number;
}

/** The deadline of the period that starts on `startOn`, with the pauses as they stand on `asOf`. */
export function replyDeadline(cal: WorkCalendar, startOn: IsoDate, t: Timeline, asOf: IsoDate): ReplyDeadline {
  const base = addWorkingDays(cal, startOn, REPLY_PERIOD_WORKING_DAYS);
  const approved = approvedExtension(t);
  const extended = approved ? addWorkingDays(cal, base.date, approved.request.days) : base;
  const paused = extendForPauses(cal, startOn, extended.date, pauseIntervals(cal, t.consultations, t.fees, asOf));
  const art35 = t.art35 && { dueOn: t.art35.dueOn, reason: t.art35.reason };
  return {
    baseDueOn: base.date,
    statutoryDueOn: paused.dueOn,
    art35,
    replyDueOn: art35 ? art35.dueOn : paused.dueOn,
    provisional: art35 ? false : base.provisional || extended.provisional || paused.provisional,
    pausedWorkingDays: paused.pausedWorkingDays,
  };
}
