// RULES §3, counting what is left and what is late, and which state holds today.

import type { IsoDate } from '../dates';
import { workingDaysBetween, type WorkCalendar } from '../calendar/work-calendar';
import type { ReplyDeadline } from './period';
import type { ClockPause, StoredClockState } from './types';

/**
 * Working days from `due` to a later `date`, at least 1: a reply on the Saturday after a Friday
 * deadline is one working day late, not zero.
 */
export function workingDaysLate(cal: WorkCalendar, due: IsoDate, date: IsoDate): number {
  return Math.max(1, workingDaysBetween(cal, due, date));
}

/** Working days from today to the due date: 0 on the due date, negative (at least −1) after it. */
export function workingDaysLeft(cal: WorkCalendar, today: IsoDate, dueOn: IsoDate): number {
  return today <= dueOn ? workingDaysBetween(cal, today, dueOn) : -workingDaysLate(cal, dueOn, today);
}

/**
 * The days left frozen during a pause (RULES §3 decision): while a consultation or fee pause that
 * began on or before the deadline holds, the due date moves with every paused working day, so the
 * count stays where it was when the pause began. On a rest day the moving due date can sit on the
 * last working day before today; no working day has passed since, so the count is 0, not overdue.
 * An Art. 35 date is fixed and never frozen.
 */
export function openCaseDaysLeft(cal: WorkCalendar, today: IsoDate, deadline: ReplyDeadline, pause: ClockPause | null): number {
  const frozen = deadline.art35 === null && (pause?.kind === 'fee' || pause?.kind === 'consultation') && pause.since <= deadline.statutoryDueOn;
  if (frozen && today > deadline.replyDueOn && workingDaysBetween(cal, today, deadline.replyDueOn) === 0) return 0;
  return workingDaysLeft(cal, today, deadline.replyDueOn);
}

/**
 * The state that holds today, stored on the case for lists: an awaited correction; else a fee or
 * consultation pause, but only while the case is not overdue (a pause begun after the deadline
 * holds nothing up); else running. A pause ends by an event or by the calendar, so the data layer
 * recomputes open cases that are not running once a day.
 */
export function clockPhase(closed: boolean, awaitingCorrection: boolean, pause: ClockPause | null, daysLeft: number | null): StoredClockState {
  if (closed) return 'closed';
  if (awaitingCorrection) return 'awaiting_correction';
  if (daysLeft !== null && daysLeft < 0) return 'running';
  if (pause?.kind === 'fee') return 'paused_fee';
  if (pause?.kind === 'consultation') return 'paused_consultation';
  return 'running';
}
