import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  createWorkCalendar,
  createWorkCalendarFromSchedules,
  defaultWorkCalendar,
  isProvisionalYear,
  isWorkingDay,
  workingDaysBetween,
} from './work-calendar';
import { OFFICIAL_SCHEDULES } from './official-schedules';

const cal = defaultWorkCalendar();
const due = (from: string, n: number) => addWorkingDays(cal, from, n).date;

describe('RULES §3 worked examples', () => {
  it.each([
    ['2024-09-27', 20, '2024-10-30'],
    ['2024-12-20', 20, '2025-01-20'],
    ['2025-01-20', 20, '2025-02-21'],
    ['2024-09-13', 7, '2024-09-25'],
    ['2025-09-26', 15, '2025-10-23'],
  ])('%s + %i working days → %s', (from, n, expected) => {
    expect(addWorkingDays(cal, from, n)).toEqual({ date: expected, provisional: false });
  });

  it('counts the make-up days 2024-09-29 and 2024-10-12 and skips 10-01…10-07', () => {
    expect(isWorkingDay(cal, '2024-09-29')).toBe(true);
    expect(isWorkingDay(cal, '2024-10-12')).toBe(true);
    for (let d = 1; d <= 7; d++) expect(isWorkingDay(cal, `2024-10-0${d}`)).toBe(false);
    expect(workingDaysBetween(cal, '2024-09-27', '2024-10-30')).toBe(20);
  });
});

describe('Spring Festival', () => {
  it.each([
    ['2019-01-25', '2019-02-27'],
    ['2020-01-17', '2020-02-21'], // extended to 02-02 by 国办发明电〔2020〕1号: 02-01 is no longer a make-up day
    ['2021-02-05', '2021-03-10'],
    ['2022-01-28', '2022-03-02'],
    ['2023-01-13', '2023-02-15'],
    ['2024-02-06', '2024-03-11'],
    ['2025-01-24', '2025-02-27'],
    ['2026-02-10', '2026-03-16'],
  ])('%s + 20 → %s', (from, expected) => {
    expect(due(from, 20)).toBe(expected);
  });

  it('2020: the cancelled make-up Saturday 02-01 is a day off', () => {
    expect(isWorkingDay(cal, '2020-01-19')).toBe(true);
    expect(isWorkingDay(cal, '2020-02-01')).toBe(false);
    expect(isWorkingDay(cal, '2020-02-03')).toBe(true);
  });

  it('2025: 除夕 01-28 is off and the make-up Sunday 01-26 is the next working day after Friday', () => {
    expect(isWorkingDay(cal, '2025-01-28')).toBe(false);
    expect(due('2025-01-24', 1)).toBe('2025-01-26');
    expect(due('2025-01-25', 1)).toBe('2025-01-26');
  });
});

describe('National Day', () => {
  it.each([
    ['2019-09-27', '2019-10-30'],
    ['2020-09-25', '2020-10-29'],
    ['2021-09-24', '2021-10-27'],
    ['2022-09-30', '2022-11-02'],
    ['2023-09-28', '2023-11-01'],
    ['2026-09-30', '2026-11-03'],
  ])('%s + 20 → %s', (from, expected) => {
    expect(due(from, 20)).toBe(expected);
  });

  it('2023: the first working day after 09-28 is the make-up Saturday 10-07', () => {
    expect(due('2023-09-28', 1)).toBe('2023-10-07');
  });
});

describe('make-up weekend days (调休)', () => {
  it.each(['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11', '2026-01-04'])(
    '%s is a working day',
    (date) => expect(isWorkingDay(cal, date)).toBe(true),
  );
  it('an ordinary Saturday and Sunday are not', () => {
    expect(isWorkingDay(cal, '2024-09-21')).toBe(false);
    expect(isWorkingDay(cal, '2024-09-22')).toBe(false);
  });
  it('a make-up Saturday counts as day 1', () => {
    expect(due('2024-10-11', 1)).toBe('2024-10-12');
    expect(due('2024-02-02', 1)).toBe('2024-02-04');
  });
  it('New Year blocks reaching into December belong to the next year’s notice', () => {
    expect(isWorkingDay(cal, '2018-12-29')).toBe(true);
    expect(isWorkingDay(cal, '2018-12-31')).toBe(false);
    expect(isWorkingDay(cal, '2022-12-30')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('n = 0 returns the start date itself, even on a holiday', () => {
    expect(addWorkingDays(cal, '2024-10-03', 0)).toEqual({ date: '2024-10-03', provisional: false });
    expect(addWorkingDays(cal, '2027-03-06', 0)).toEqual({ date: '2027-03-06', provisional: false });
  });
  it('day 1 after a weekend start is the Monday', () => {
    expect(due('2024-11-09', 1)).toBe('2024-11-11');
  });
  it('rejects negative and fractional counts', () => {
    expect(() => addWorkingDays(cal, '2024-01-02', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2024-01-02', 1.5)).toThrow(RangeError);
  });
});

describe('provisional years', () => {
  it('a deadline in 2027 is computed on weekends only and marked provisional', () => {
    expect(isProvisionalYear(cal, 2027)).toBe(true);
    expect(isProvisionalYear(cal, 2026)).toBe(false);
    expect(addWorkingDays(cal, '2026-12-20', 20)).toEqual({ date: '2027-01-15', provisional: true });
    // 2027-01-01 is a Friday and, without a schedule, counted as a working day.
    expect(addWorkingDays(cal, '2026-12-30', 3)).toEqual({ date: '2027-01-04', provisional: true });
    expect(isWorkingDay(cal, '2027-01-01')).toBe(true);
  });
  it('a period ending on 12-31 of an official year is not provisional', () => {
    expect(addWorkingDays(cal, '2026-12-28', 3)).toEqual({ date: '2026-12-31', provisional: false });
  });
  it('a start in an unofficial year with days counted only in an official year is not provisional', () => {
    expect(addWorkingDays(cal, '2018-12-31', 1)).toEqual({ date: '2019-01-02', provisional: false });
  });
  it('an administrator’s schedule for 2027 makes it official and replaces nothing else', () => {
    const with2027 = createWorkCalendarFromSchedules([
      ...OFFICIAL_SCHEDULES,
      { year: 2027, days: [{ date: '2027-01-01', kind: 'off', name: '元旦' }] },
    ]);
    expect(addWorkingDays(with2027, '2026-12-30', 3)).toEqual({ date: '2027-01-05', provisional: false });
    expect(addWorkingDays(with2027, '2024-09-27', 20).date).toBe('2024-10-30');
  });
  it('a corrected schedule replaces the shipped one for its year', () => {
    const corrected = createWorkCalendarFromSchedules([...OFFICIAL_SCHEDULES, { year: 2024, days: [] }]);
    expect(isWorkingDay(corrected, '2024-10-01')).toBe(true);
    expect(isWorkingDay(corrected, '2024-10-02')).toBe(true);
    expect(isWorkingDay(corrected, '2024-09-29')).toBe(false);
  });
});

describe('workingDaysBetween', () => {
  it('counts d with from < d ≤ to and mirrors when to < from', () => {
    expect(workingDaysBetween(cal, '2024-09-27', '2024-09-27')).toBe(0);
    expect(workingDaysBetween(cal, '2024-11-08', '2024-11-11')).toBe(1);
    expect(workingDaysBetween(cal, '2024-11-11', '2024-11-08')).toBe(-1);
    expect(workingDaysBetween(cal, '2024-11-09', '2024-11-10')).toBe(0);
    expect(workingDaysBetween(cal, '2024-10-30', '2024-09-27')).toBe(-20);
  });
  it('spans decades', () => {
    const d = workingDaysBetween(cal, '2000-01-01', '2030-01-01');
    expect(d).toBeGreaterThan(7000);
    expect(workingDaysBetween(cal, '2030-01-01', '2000-01-01')).toBe(-d);
  });
});

describe('createWorkCalendar', () => {
  it('uses weekends only when given no days', () => {
    const plain = createWorkCalendar([], []);
    expect(isWorkingDay(plain, '2024-10-01')).toBe(true);
    expect(addWorkingDays(plain, '2024-09-27', 20)).toEqual({ date: '2024-10-25', provisional: true });
  });
  it('lets a later entry for the same date win', () => {
    const c = createWorkCalendar(
      [
        { date: '2024-06-08', kind: 'work' },
        { date: '2024-06-08', kind: 'off' },
      ],
      [2024],
    );
    expect(isWorkingDay(c, '2024-06-08')).toBe(false);
  });
  it('rejects invalid dates', () => {
    expect(() => createWorkCalendar([{ date: '2024-02-30', kind: 'off' }], [])).toThrow(RangeError);
  });
});
