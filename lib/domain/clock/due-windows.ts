// "Due today" and "due this week": the running cases (open, not paused, not waiting for a
// correction) whose reply is due from today to the last day of the window. Declarative
// ClockPredicates like the status filters, so the list translates them with the same one function
// (lib/data/clock-status-sql.ts) and a count and its list can never disagree.

import { addDays, dayOfWeek, type IsoDate } from '../dates';
import type { ClockPredicate } from './status';

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

export function dueWindowPredicate(window: DueWindow, today: IsoDate): ClockPredicate {
  return { closed: false, states: ['running'], dueFrom: today, dueTo: window === 'today' ? today : endOfWeek(today) };
}
