// The status filters of the case list: one per status a supervisor asks for, and the groups
// "all open", "paused (either pause)" and "all closed". Each is a ClockPredicate, so the list and
// the supervisor's counts filter with the same translation as every badge.

import { statusPredicate, type ClockPredicate, type ClockStatus, type StatusDay } from './status';

type FilterSpec = { label: string; statuses: readonly ClockStatus[] };

export const STATUS_FILTERS = {
  open: { label: '办理中（全部）', statuses: ['on_track', 'due_soon', 'overdue', 'paused_consultation', 'paused_fee', 'awaiting_correction'] },
  on_track: { label: '正常', statuses: ['on_track'] },
  due_soon: { label: '即将到期', statuses: ['due_soon'] },
  overdue: { label: '已超期', statuses: ['overdue'] },
  paused: { label: '暂停计时', statuses: ['paused_consultation', 'paused_fee'] },
  awaiting_correction: { label: '待补正', statuses: ['awaiting_correction'] },
  closed: { label: '已办结（全部）', statuses: ['closed_on_time', 'closed_late'] },
  closed_on_time: { label: '按时办结', statuses: ['closed_on_time'] },
  closed_late: { label: '超期办结', statuses: ['closed_late'] },
} as const satisfies Record<string, FilterSpec>;

export type StatusFilter = keyof typeof STATUS_FILTERS;

export function isStatusFilter(value: string | undefined): value is StatusFilter {
  return value !== undefined && Object.hasOwn(STATUS_FILTERS, value);
}

/** The cases a filter lists on `day`: exactly those whose badge is one of its statuses. */
export function filterPredicate(filter: StatusFilter, day: StatusDay): ClockPredicate {
  switch (filter) {
    case 'open':
      return { closed: false };
    case 'closed':
      return { closed: true };
    case 'paused':
      return { closed: false, states: ['paused_consultation', 'paused_fee'] };
    default:
      return statusPredicate(filter, day);
  }
}
