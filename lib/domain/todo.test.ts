import { describe, expect, it } from 'vitest';
import { defaultWorkCalendar } from './calendar/work-calendar';
import { byDueDate, correctionNoticeReminder, nextYearCalendarMissing, reviewResultExpectedOn, type TodoItem } from './todo';

const cal = defaultWorkCalendar();

describe('correctionNoticeReminder', () => {
  // Received Friday 2024-09-27: the 7th working day after it is 2024-10-12 (a make-up Saturday after National Day).
  it('is due 7 working days after receipt and reminded on the last 3 working days up to it', () => {
    expect(correctionNoticeReminder(cal, '2024-09-27', '2024-10-08')).toEqual({ dueOn: '2024-10-12', remind: false });
    expect(correctionNoticeReminder(cal, '2024-09-27', '2024-10-10')).toEqual({ dueOn: '2024-10-12', remind: true });
    expect(correctionNoticeReminder(cal, '2024-09-27', '2024-10-12')).toEqual({ dueOn: '2024-10-12', remind: true });
    expect(correctionNoticeReminder(cal, '2024-09-27', '2024-10-14')).toEqual({ dueOn: '2024-10-12', remind: false });
  });

  it('does not remind on the day of receipt', () => {
    expect(correctionNoticeReminder(cal, '2025-03-03', '2025-03-03').remind).toBe(false);
  });
});

describe('reviewResultExpectedOn', () => {
  it('expects a reconsideration decision 60 days after filing', () => {
    expect(reviewResultExpectedOn('reconsideration', '2024-03-15')).toBe('2024-05-14');
  });

  it('expects a first-instance judgment six months after filing, on the month’s last day when the date does not exist', () => {
    expect(reviewResultExpectedOn('litigation_direct', '2024-03-15')).toBe('2024-09-15');
    expect(reviewResultExpectedOn('litigation_after_reconsideration', '2024-08-31')).toBe('2025-02-28');
    expect(reviewResultExpectedOn('litigation_direct', '2023-07-10')).toBe('2024-01-10');
  });
});

describe('nextYearCalendarMissing', () => {
  it('is raised in December when next year has no official schedule', () => {
    expect(nextYearCalendarMissing(cal, '2026-12-01')).toBe(true);
    expect(nextYearCalendarMissing(cal, '2026-11-30')).toBe(false);
    expect(nextYearCalendarMissing(cal, '2025-12-10')).toBe(false);
  });
});

describe('byDueDate', () => {
  const item = (title: string, dueOn: string | null): TodoItem => ({ kind: 'due_soon', title, dueOn, detail: '', href: '/' });
  it('puts the earliest due first and undated items last', () => {
    const sorted = [item('c', null), item('b', '2025-01-03'), item('a', '2025-01-02')].sort(byDueDate);
    expect(sorted.map((i) => i.title)).toEqual(['a', 'b', 'c']);
  });
});
