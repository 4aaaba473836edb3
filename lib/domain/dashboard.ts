// The home pages' figures that are not a count of the case list (those are the list's own
// predicates: clock/status-filters.ts, clock/due-windows.ts): the twelve months of intake, the
// outcome mix of table 三, and which calendar years are provisional.

import { isProvisionalYear, type WorkCalendar } from './calendar/work-calendar';
import { OUTCOME_GROUPS, type OutcomeCode } from './categories';
import type { IsoDate } from './dates';
import type { TableThree } from './report/types';
import { filterQuery } from './case-list/list-filters';

/** The twelve months ending with this one, oldest first, as 'YYYY-MM'. */
export function lastTwelveMonths(today: IsoDate): string[] {
  const [y, m] = today.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const k = y * 12 + (m - 1) - (11 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

/** The list of the cases received in a month ('YYYY-MM'): what a bar of the intake chart counts. */
export const intakeListHref = (month: string) => `/cases?${filterQuery({ month })}`;

export type OutcomeShare = { key: string; label: string; total: number; href: string; items: { code: OutcomeCode; label: string; count: number }[] };

/**
 * Table 三's outcome rows of a year, by the table's six groups, with each group's rows, and the
 * list of the group's cases: the table counts a case in the year of its reply, so does the list.
 */
export function outcomeMix(table: TableThree, year: number): OutcomeShare[] {
  return OUTCOME_GROUPS.map((g) => {
    const items = g.items.map((i) => ({ code: i.code as OutcomeCode, label: i.label as string, count: table[i.code].total }));
    const href = `/cases?${filterQuery({ replied: year, outcome: g.key, sort: 'replied_desc' })}`;
    return { key: g.key, label: g.label.replace(/\(区分处理的.*\)$/, ''), total: items.reduce((n, i) => n + i.count, 0), href, items };
  });
}

/** Last year, this year and next year that have no official holiday schedule yet. */
export function provisionalYearsAround(cal: WorkCalendar, today: IsoDate): number[] {
  const year = Number(today.slice(0, 4));
  return [year - 1, year, year + 1].filter((y) => isProvisionalYear(cal, y));
}
