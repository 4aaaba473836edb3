// 收到月份 in the list's address (month=2026-03): the cases received in that calendar month, so a
// month's bar on the supervisor's intake chart opens exactly the cases it counts.

import { isRecordYear, type IsoDate } from '../dates';

/** A received month as 'YYYY-MM', within the years a date of record may fall in. */
export function isReceivedMonth(value: string): boolean {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  return m !== null && isRecordYear(Number(m[1]));
}

/** The month as a range of received dates: from its first day, up to (not including) the next month's. */
export function receivedMonthRange(month: string): { from: IsoDate; before: IsoDate } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, before: `${next}-01` };
}

/** The rule the list's SQL (lib/data/case-list-years.ts) translates. */
export function receivedInMonth(receivedOn: IsoDate, month: string): boolean {
  const { from, before } = receivedMonthRange(month);
  return receivedOn >= from && receivedOn < before;
}

/** 2026年3月 */
export function receivedMonthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
