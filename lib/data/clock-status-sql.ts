import 'server-only';
import { and, gt, gte, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cases } from '@/db/schema';
import { dueWindowPredicate, filterPredicate, statusDay, statusPredicate, type ClockPredicate, type ClockStatus, type DueWindow, type StatusDay, type StatusFilter } from '@/lib/domain/clock';
import { loadWorkCalendar } from './work-calendar';
import { readSettings } from './settings';
import { today } from './today';

// The one translation of the clock-status predicates (lib/domain/clock/status.ts) into SQL on the
// stored clock columns, condition by condition, so a status filter lists exactly the cases whose
// badge shows that status. Keep it in step with matchesClock:
// tests/data/clock-status-sql.property.test.ts compares every status and filter on random registers.

// "Open" is written as likelihood(replied_on IS NULL, 0.9): the same condition, with a hint that
// keeps the query planner from looking open cases up through an index that begins with replied_on
// (and then reading every open case from the table to test its state) rather than through
// cases_open_clock, the index of the open cases alone, which the condition still selects.
const OPEN = sql`likelihood(${isNull(cases.repliedOn)}, 0.9)`;

/**
 * The cases table for a count over open cases only (a status that is never closed): read through
 * cases_open_clock, the small index of the open cases, which covers such counts. The planner's
 * statistics cannot tell it how few cases are open (an index beginning with replied_on looks
 * cheaper), and would read every running case of the register.
 */
export const OPEN_CASES = sql`${cases} INDEXED BY cases_open_clock`;

/** Whether a predicate selects open cases only, so that OPEN_CASES can serve it. */
export const selectsOpenOnly = (p: ClockPredicate): boolean => p.closed === false;

export function clockPredicateSql(p: ClockPredicate): SQL {
  const parts: (SQL | undefined)[] = [
    p.closed === undefined ? undefined : p.closed ? isNotNull(cases.repliedOn) : OPEN,
    p.states !== undefined ? inArray(cases.clockState, [...p.states]) : undefined,
    p.dueBefore !== undefined ? lt(cases.replyDueOn, p.dueBefore) : undefined,
    p.dueFrom !== undefined ? gte(cases.replyDueOn, p.dueFrom) : undefined,
    p.dueTo !== undefined ? lte(cases.replyDueOn, p.dueTo) : undefined,
    p.dueAfterOrUnset !== undefined ? or(isNull(cases.replyDueOn), gt(cases.replyDueOn, p.dueAfterOrUnset)) : undefined,
    p.repliedLate === undefined
      ? undefined
      : p.repliedLate
        ? sql`${cases.repliedOn} > ${cases.replyDueOn}`
        : or(isNull(cases.replyDueOn), sql`${cases.repliedOn} <= ${cases.replyDueOn}`),
  ];
  return and(...parts) ?? sql`1 = 1`;
}

/** The cases whose badge shows `status` on `day`. */
export function clockStatusSql(status: ClockStatus, day: StatusDay): SQL {
  return clockPredicateSql(statusPredicate(status, day));
}

/** The cases a status filter of the case list selects on `day`. */
export function statusFilterSql(filter: StatusFilter, day: StatusDay): SQL {
  return clockPredicateSql(filterPredicate(filter, day));
}

/** The running cases due within a window (今日到期, 本周到期) on `day`. */
export function dueWindowSql(window: DueWindow, day: StatusDay): SQL {
  return clockPredicateSql(dueWindowPredicate(window, day));
}

/** 1 for a case that matches, else 0: for counting statuses with SUM in one pass. */
export function countIf(condition: SQL): SQL<number> {
  return sql<number>`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
}

/** Today, judged with the agency's "due soon" setting and the stored calendar. */
export function statusDayToday(db: Db): StatusDay {
  return statusDay(today(), loadWorkCalendar(db), readSettings(db).dueSoonDays);
}
