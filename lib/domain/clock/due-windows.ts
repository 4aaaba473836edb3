// "Due today" (今日到期) and "due this week" (本周到期): declarative ClockPredicates like the status
// filters, so the list (due=today, due=this_week and the saved filters that use them), the clerk's
// home figures and the badge all mean the same cases, and lib/data/clock-status-sql.ts translates
// them to SQL in its one function (tests/data/clock-status-sql.property.test.ts).
//
// Decision, in working days as every other count of RULES §3 (a due date set under Art. 35 may fall
// on a Saturday or in a holiday, the statutory ones never do): a running case (open, not paused,
// not waiting for a correction) is
// - 今日到期 when no working day is left before it falls due: due today, or after today but before
//   the next working day. The last working day before a rest-day due date is the last day anyone
//   can reply, so it is "today" on that working day, and the badge says 今日到期 on exactly these
//   cases (0 working days left, labels.ts badgeText; due-windows.test.ts shows they agree);
// - 本周到期 when its last working day to reply falls in this week (Monday to Sunday): due from
//   today until the day before the first working day after Sunday. On Monday 2024-09-30 a case due
//   on 2024-10-07 (National Day; the next working day is 10-08) is due today and this week.
// Neither includes an overdue case (due before today): 已超期 counts those.

import { addWorkingDays, type WorkCalendar } from '../calendar/work-calendar';
import { addDays, dayOfWeek, type IsoDate } from '../dates';
import type { ClockPredicate, StatusDay } from './status';

export const DUE_WINDOWS = {
  today: { label: '今日到期' },
  this_week: { label: '本周到期' },
} as const;

export type DueWindow = keyof typeof DUE_WINDOWS;

export function isDueWindow(value: string | undefined): value is DueWindow {
  return value !== undefined && Object.hasOwn(DUE_WINDOWS, value);
}

/** The Sunday that ends the week (Monday to Sunday) of `date`. */
export function endOfWeek(date: IsoDate): IsoDate {
  return addDays(date, (7 - dayOfWeek(date)) % 7);
}

/** The day before the first working day after `date`: a due date up to it leaves no working day after `date`. */
function beforeNextWorkingDay(cal: WorkCalendar, date: IsoDate): IsoDate {
  return addDays(addWorkingDays(cal, date, 1).date, -1);
}

/** The last due date each window takes on `today` (worked out once per day, in statusDay). */
export function dueWindowEnds(today: IsoDate, cal: WorkCalendar): Readonly<Record<DueWindow, IsoDate>> {
  return { today: beforeNextWorkingDay(cal, today), this_week: beforeNextWorkingDay(cal, endOfWeek(today)) };
}

/** The running cases a window lists on `day`: due from today to the window's last date. */
export function dueWindowPredicate(window: DueWindow, day: StatusDay): ClockPredicate {
  return { closed: false, states: ['running'], dueFrom: day.today, dueTo: day.dueWindowUntil[window] };
}
