// The home pages' figures that are not a status count: what falls due today and this week, the
// twelve months of intake, the outcome mix of table 三, and which calendar years are provisional.

import { isProvisionalYear, type WorkCalendar } from './calendar/work-calendar';
import { OUTCOME_GROUPS, type OutcomeCode } from './categories';
import { addDays, dayOfWeek, type IsoDate } from './dates';
import type { ClockStatus } from './clock';
import type { TableThree } from './report/types';

/** The Sunday that ends the week (Monday to Sunday) of `today`. */
export function weekEnd(today: IsoDate): IsoDate {
  return addDays(today, (7 - dayOfWeek(today)) % 7);
}

/**
 * Of a handler's running cases (badge status and working days left): those due today (0 working
 * days left: a due date on a rest day counts on the working day before it) and those due by the
 * end of this week, overdue ones not included.
 */
export function dueCounts(rows: readonly { status: ClockStatus; daysLeft: number | null; replyDueOn: IsoDate | null }[], today: IsoDate): { today: number; thisWeek: number } {
  const end = weekEnd(today);
  let dueToday = 0;
  let thisWeek = 0;
  for (const r of rows) {
    if (r.status !== 'due_soon' && r.status !== 'on_track') continue;
    if (r.daysLeft === 0) dueToday += 1;
    if (r.daysLeft === 0 || (r.replyDueOn !== null && r.replyDueOn >= today && r.replyDueOn <= end)) thisWeek += 1;
  }
  return { today: dueToday, thisWeek };
}

/** The twelve months ending with this one, oldest first, as 'YYYY-MM'. */
export function lastTwelveMonths(today: IsoDate): string[] {
  const [y, m] = today.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const k = y * 12 + (m - 1) - (11 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

export type OutcomeShare = { key: string; label: string; total: number; items: { code: OutcomeCode; label: string; count: number }[] };

/** Table 三's outcome rows of a year, by the table's six groups, with each group's rows. */
export function outcomeMix(table: TableThree): OutcomeShare[] {
  return OUTCOME_GROUPS.map((g) => {
    const items = g.items.map((i) => ({ code: i.code as OutcomeCode, label: i.label as string, count: table[i.code].total }));
    return { key: g.key, label: g.label.replace(/\(区分处理的.*\)$/, ''), total: items.reduce((n, i) => n + i.count, 0), items };
  });
}

/** Last year, this year and next year that have no official holiday schedule yet. */
export function provisionalYearsAround(cal: WorkCalendar, today: IsoDate): number[] {
  const year = Number(today.slice(0, 4));
  return [year - 1, year, year + 1].filter((y) => isProvisionalYear(cal, y));
}
