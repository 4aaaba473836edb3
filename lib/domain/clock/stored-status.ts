// The status badge of a case in a list, read from the clock columns stored on the case (no events
// needed). The case page computes the full clock; for a list this is the same answer for every
// running or closed case, and names the pause for a paused one.

import { addDays, type IsoDate } from '../dates';
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from '../calendar/work-calendar';
import { workingDaysLate } from './compute-clock';
import type { ClockStatus, StoredClockState } from './types';

export type StoredClock = { clockState: string; replyDueOn: IsoDate | null; repliedOn: IsoDate | null };
export type ListStatus = { status: ClockStatus; daysLeft: number | null; lateBy: number | null };

export function statusFromStored(c: StoredClock, today: IsoDate, cal: WorkCalendar, dueSoonDays: number): ListStatus {
  if (c.repliedOn) {
    if (c.replyDueOn && c.repliedOn > c.replyDueOn) return { status: 'closed_late', daysLeft: null, lateBy: workingDaysLate(cal, c.replyDueOn, c.repliedOn) };
    return { status: 'closed_on_time', daysLeft: null, lateBy: null };
  }
  const state = c.clockState as StoredClockState;
  if (state === 'paused_consultation' || state === 'paused_fee' || state === 'awaiting_correction') {
    return { status: state, daysLeft: null, lateBy: null };
  }
  if (!c.replyDueOn) return { status: 'on_track', daysLeft: null, lateBy: null };
  const daysLeft = today <= c.replyDueOn ? workingDaysBetween(cal, today, c.replyDueOn) : -workingDaysLate(cal, c.replyDueOn, today);
  return { status: daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due_soon' : 'on_track', daysLeft, lateBy: null };
}

/**
 * The last due date that still counts as "due soon" today: every date before the (N+1)-th working
 * day after today, so a due date on a rest day is judged like the working day before it.
 */
export function dueSoonUntil(today: IsoDate, cal: WorkCalendar, dueSoonDays: number): IsoDate {
  return addDays(addWorkingDays(cal, today, dueSoonDays + 1).date, -1);
}
