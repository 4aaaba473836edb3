// The status badge of a case in a list, read from the clock columns stored on the case (no events
// needed). The status is the same predicate the case page and the list filters use (status.ts);
// the working days left or late are counted as on the case page, except that a paused case shows
// none, since its stored due date is only an estimate.

import type { WorkCalendar } from '../calendar/work-calendar';
import { workingDaysLate, workingDaysLeft } from './days-left';
import { clockStatusOf, type ClockStatus, type StatusDay, type StoredClock } from './status';

export type ListStatus = { status: ClockStatus; daysLeft: number | null; lateBy: number | null; dueSoonDays: number };

export function statusFromStored(c: StoredClock, day: StatusDay, cal: WorkCalendar): ListStatus {
  const status = clockStatusOf(c, day);
  const running = status === 'on_track' || status === 'due_soon' || status === 'overdue';
  return {
    status,
    daysLeft: running && c.replyDueOn ? workingDaysLeft(cal, day.today, c.replyDueOn) : null,
    lateBy: status === 'closed_late' ? workingDaysLate(cal, c.replyDueOn!, c.repliedOn!) : null,
    dueSoonDays: day.dueSoonDays,
  };
}
