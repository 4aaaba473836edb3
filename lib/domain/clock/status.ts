// The clock status of a case (RULES §3, "status shown to supervisors"), as declarative predicates
// over the three clock columns stored on every case. The badge on a list or a case page is the one
// status whose predicate the case matches; lib/data/clock-status-sql.ts translates the very same
// predicates into SQL for the list filters and the supervisor's counts, so a filter and the badges
// it lists can never disagree (tests/data/clock-status-sql.property.test.ts). Keep every condition
// a plain column comparison.

import { addDays, type IsoDate } from '../dates';
import { addWorkingDays, type WorkCalendar } from '../calendar/work-calendar';
import type { StoredClockState } from './types';
import { dueWindowEnds, type DueWindow } from './due-windows';

/** Every status a badge can show, in the order lists and legends name them. */
export const CLOCK_STATUSES = [
  'on_track',
  'due_soon',
  'overdue',
  'paused_consultation',
  'paused_fee',
  'awaiting_correction',
  'closed_on_time',
  'closed_late',
] as const;
export type ClockStatus = (typeof CLOCK_STATUSES)[number];

/** RULES §3: "due soon" at this many working days left or fewer, unless the agency sets another. */
export const DEFAULT_DUE_SOON_DAYS = 5;

/**
 * The clock columns stored on a case (written by the data layer from computeClock whenever they may
 * change): a case is closed exactly when repliedOn is set; clockState says which pause, if any,
 * holds for an open case.
 */
export type StoredClock = { clockState: StoredClockState | string; replyDueOn: IsoDate | null; repliedOn: IsoDate | null };

/**
 * The day statuses are judged on, the agency's "due soon" threshold, the last due date that still
 * counts as due soon that day, and the last due date of each due-date window (due-windows.ts).
 */
export type StatusDay = { today: IsoDate; dueSoonDays: number; dueSoonUntil: IsoDate; dueWindowUntil: Readonly<Record<DueWindow, IsoDate>> };

/**
 * The last due date that still counts as "due soon" today: every date before the (N+1)-th working
 * day after today, so a due date on a rest day is judged like the working day before it. For a due
 * date d ≥ today, d ≤ dueSoonUntil exactly when at most N working days are left.
 */
export function dueSoonUntil(today: IsoDate, cal: WorkCalendar, dueSoonDays: number): IsoDate {
  return addDays(addWorkingDays(cal, today, dueSoonDays + 1).date, -1);
}

// Every clock computed for a day (a large import: one per case) judges its status on the same day:
// each is worked out once per calendar, and so are its predicates (clockStatusOf).
const statusDays = new WeakMap<WorkCalendar, Map<string, StatusDay>>();

export function statusDay(today: IsoDate, cal: WorkCalendar, dueSoonDays: number): StatusDay {
  let days = statusDays.get(cal);
  if (!days) statusDays.set(cal, (days = new Map()));
  const key = `${today}|${dueSoonDays}`;
  let day = days.get(key);
  if (!day) {
    if (days.size >= 64) days.clear();
    days.set(key, (day = Object.freeze({ today, dueSoonDays, dueSoonUntil: dueSoonUntil(today, cal, dueSoonDays), dueWindowUntil: dueWindowEnds(today, cal) })));
  }
  return day;
}

/**
 * A conjunction of conditions on the stored clock columns; an absent field is no condition. Dates
 * are 'YYYY-MM-DD' strings, so string order is date order, and a missing due date matches no
 * comparison except where said:
 * - closed:          true → replied_on IS NOT NULL; false → replied_on IS NULL
 * - states:          clock_state IN (…)
 * - dueBefore:       reply_due_on < date
 * - dueFrom, dueTo:  reply_due_on >= dueFrom, reply_due_on <= dueTo
 * - dueAfterOrUnset: reply_due_on IS NULL OR reply_due_on > date
 * - repliedLate:     true → replied_on > reply_due_on;
 *                    false → reply_due_on IS NULL OR replied_on <= reply_due_on
 */
export type ClockPredicate = {
  closed?: boolean;
  states?: readonly StoredClockState[];
  dueBefore?: IsoDate;
  dueFrom?: IsoDate;
  dueTo?: IsoDate;
  dueAfterOrUnset?: IsoDate;
  repliedLate?: boolean;
};

const RUNNING: ClockPredicate = { closed: false, states: ['running'] };

/** The cases that show `status` on `day`. */
export function statusPredicate(status: ClockStatus, day: StatusDay): ClockPredicate {
  switch (status) {
    case 'overdue':
      return { ...RUNNING, dueBefore: day.today };
    case 'due_soon':
      return { ...RUNNING, dueFrom: day.today, dueTo: day.dueSoonUntil };
    case 'on_track':
      return { ...RUNNING, dueAfterOrUnset: day.dueSoonUntil };
    case 'paused_consultation':
    case 'paused_fee':
    case 'awaiting_correction':
      // A pause is stored only while it holds (computeClock), so its state alone decides.
      return { closed: false, states: [status] };
    case 'closed_on_time':
      return { closed: true, repliedLate: false };
    case 'closed_late':
      return { closed: true, repliedLate: true };
  }
}

export function matchesClock(c: StoredClock, p: ClockPredicate): boolean {
  const due = c.replyDueOn;
  if (p.closed !== undefined && (c.repliedOn !== null) !== p.closed) return false;
  if (p.states !== undefined && !(p.states as readonly string[]).includes(c.clockState)) return false;
  if (p.dueBefore !== undefined && !(due !== null && due < p.dueBefore)) return false;
  if (p.dueFrom !== undefined && !(due !== null && due >= p.dueFrom)) return false;
  if (p.dueTo !== undefined && !(due !== null && due <= p.dueTo)) return false;
  if (p.dueAfterOrUnset !== undefined && !(due === null || due > p.dueAfterOrUnset)) return false;
  if (p.repliedLate !== undefined) {
    const late = c.repliedOn !== null && due !== null && c.repliedOn > due;
    const onTime = due === null || (c.repliedOn !== null && c.repliedOn <= due);
    if (p.repliedLate ? !late : !onTime) return false;
  }
  return true;
}

/**
 * The badge: the one status whose predicate the stored clock matches. The statuses partition every
 * clock the data layer stores (an open case is running, paused or awaiting correction); a row
 * outside them means the stored columns were written by something other than computeClock.
 */
const predicatesOf = new WeakMap<StatusDay, readonly [ClockStatus, ClockPredicate][]>();

export function clockStatusOf(c: StoredClock, day: StatusDay): ClockStatus {
  let predicates = predicatesOf.get(day);
  if (!predicates) predicatesOf.set(day, (predicates = CLOCK_STATUSES.map((s) => [s, statusPredicate(s, day)] as const)));
  const status = predicates.find(([, p]) => matchesClock(c, p))?.[0];
  if (!status) throw new RangeError(`stored clock state “${c.clockState}” does not fit an ${c.repliedOn ? 'closed' : 'open'} case`);
  return status;
}
