// The to-do list (待办): what needs the signed-in user, in the order it needs them. The data layer
// finds the items (lib/data/todo.ts); the rules of when a reminder is due live here.

import { addWorkingDays, isProvisionalYear, type WorkCalendar } from './calendar/work-calendar';
import { addDays, type IsoDate } from './dates';
import { CORRECTION_NOTICE_WORKING_DAYS } from './clock';

/** In the order the list shows them: the most pressing first. */
export const TODO_KINDS = [
  'overdue',
  'due_soon',
  'unassigned',
  'correction_notice',
  'extension_decision',
  'letter_approval',
  'letter_issue',
  'letter_delivery',
  'review_result',
  'import_interrupted',
  'calendar_missing',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export const TODO_LABELS: Record<TodoKind, string> = {
  overdue: '已超期，尽快答复',
  due_soon: '即将到期',
  unassigned: '尚未指定承办人',
  correction_notice: '如需补正，应在期限内发出补正通知',
  extension_decision: '延期申请待审批',
  letter_approval: '文书待审批',
  letter_issue: '文书已审批，待发文',
  letter_delivery: '文书已发出，待登记送达',
  review_result: '复议诉讼待登记结果',
  import_interrupted: '台账导入未完成',
  calendar_missing: '下一年度节假日安排尚未录入',
};

export type TodoItem = {
  kind: TodoKind;
  /** What the item is about, e.g. "申请 2024-0012（张三）" */
  title: string;
  /** The date it is due by, if it has one. */
  dueOn: IsoDate | null;
  /** One line of detail: "剩2个工作日", "李强 于 2024-05-06 送审" … */
  detail: string;
  href: string;
};

/** One kind of item: how many there are, the first few, and where the whole list is. */
export type TodoGroup = { kind: TodoKind; label: string; total: number; items: TodoItem[]; listHref: string | null };

/** A correction notice is reminded of from this many working days before its deadline (and on it). */
export const CORRECTION_NOTICE_REMINDER_WORKING_DAYS = 2;

/**
 * The correction notice of a case received on `receivedOn` is due CORRECTION_NOTICE_WORKING_DAYS
 * working days later (Art. 30); it is on the to-do list from REMINDER working days before that day
 * until the day itself, while no notice has been sent.
 */
export function correctionNoticeReminder(cal: WorkCalendar, receivedOn: IsoDate, today: IsoDate): { dueOn: IsoDate; remind: boolean } {
  const dueOn = addWorkingDays(cal, receivedOn, CORRECTION_NOTICE_WORKING_DAYS).date;
  const from = addWorkingDays(cal, receivedOn, CORRECTION_NOTICE_WORKING_DAYS - CORRECTION_NOTICE_REMINDER_WORKING_DAYS).date;
  return { dueOn, remind: today >= from && today <= dueOn };
}

/**
 * The earliest received date a case may have and still be reminded today: a superset bound for
 * the query (calendar days, generous enough for the longest holiday), the rule above decides.
 */
export function correctionReminderReceivedSince(today: IsoDate): IsoDate {
  return addDays(today, -31);
}

/**
 * When a decision on a review record may be expected, after which the record is on the to-do list
 * until its result is entered: 行政复议法 Art. 62 (60 days, extendable by 30: we remind after the
 * first 60); 行政诉讼法 Art. 81 (first instance within 6 months).
 */
export function reviewResultExpectedOn(kind: string, filedOn: IsoDate): IsoDate {
  if (kind === 'reconsideration') return addDays(filedOn, 60);
  const [y, m, d] = filedOn.split('-').map(Number);
  const month = m + 6;
  const target = `${y + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`;
  // The same day six months on, or the month's last day when it has none (Aug 31 → Feb 28).
  const lastDay = Number(addDays(addDays(target, 31).slice(0, 8) + '01', -1).slice(8));
  return `${target.slice(0, 8)}${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** From December on, next year's holiday schedule (published by the State Council in autumn) is due. */
export function nextYearCalendarMissing(cal: WorkCalendar, today: IsoDate): boolean {
  const year = Number(today.slice(0, 4));
  return today.slice(5, 7) === '12' && isProvisionalYear(cal, year + 1);
}

/** Items of a group in the order to do them: earliest due first, those without a date last. */
export function byDueDate(a: TodoItem, b: TodoItem): number {
  if (a.dueOn === b.dueOn) return a.title.localeCompare(b.title);
  if (a.dueOn === null) return 1;
  if (b.dueOn === null) return -1;
  return a.dueOn < b.dueOn ? -1 : 1;
}

export function todoTotal(groups: readonly TodoGroup[]): number {
  return groups.reduce((n, g) => n + g.total, 0);
}
