import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isWeekend, yearOf } from '../dates';
import { addWorkingDays, createWorkCalendar, defaultWorkCalendar, isProvisionalYear, isWorkingDay, workingDaysBetween } from './work-calendar';

const cal = defaultWorkCalendar();
// Dates 2017-01-01 … 2028-12-31: official years, the years around them and the year boundaries.
const isoDate = fc.integer({ min: 0, max: 4382 }).map((i) => addDays('2017-01-01', i));
const count = fc.integer({ min: 0, max: 120 });

describe('working-day calendar properties', () => {
  it('addWorkingDays(from, a + b) = addWorkingDays(addWorkingDays(from, a), b)', () => {
    fc.assert(
      fc.property(isoDate, count, count, (from, a, b) => {
        const mid = addWorkingDays(cal, from, a).date;
        expect(addWorkingDays(cal, mid, b).date).toBe(addWorkingDays(cal, from, a + b).date);
      }),
    );
  });

  it('the result is always a working day for n > 0', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 120 }), (from, n) => {
        expect(isWorkingDay(cal, addWorkingDays(cal, from, n).date)).toBe(true);
      }),
    );
  });

  it('workingDaysBetween(from, addWorkingDays(from, n)) = n, and mirrors', () => {
    fc.assert(
      fc.property(isoDate, count, (from, n) => {
        const to = addWorkingDays(cal, from, n).date;
        expect(workingDaysBetween(cal, from, to)).toBe(n);
        expect(workingDaysBetween(cal, to, from) + n).toBe(0);
      }),
    );
  });

  it('no working day is skipped: every working day strictly between from and the result is counted', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 40 }), (from, n) => {
        const to = addWorkingDays(cal, from, n).date;
        let seen = 0;
        for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(cal, d)) seen++;
        expect(seen).toBe(n);
      }),
    );
  });

  it('workingDaysBetween is additive', () => {
    fc.assert(
      fc.property(isoDate, isoDate, isoDate, (a, b, c) => {
        expect(workingDaysBetween(cal, a, b) + workingDaysBetween(cal, b, c)).toBe(workingDaysBetween(cal, a, c));
      }),
    );
  });

  it('agrees with counting day by day over any range, inside and outside the precomputed 1970–2199 table', () => {
    const wide = fc.integer({ min: -30_000, max: 120_000 }).map((i) => addDays('1970-01-01', i));
    const odd = createWorkCalendar(
      [
        { date: '1969-12-27', kind: 'work' },
        { date: '1969-12-31', kind: 'off' },
        { date: '2200-01-01', kind: 'off' },
      ],
      [1969],
    );
    fc.assert(
      fc.property(wide, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (from, n, m) => {
        for (const c of [cal, odd]) {
          const to = addWorkingDays(c, from, n).date;
          let seen = 0;
          for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(c, d)) seen++;
          expect(seen).toBe(n);
          if (n > 0) expect(isWorkingDay(c, to)).toBe(true);
          const further = addWorkingDays(c, to, m).date;
          expect(addWorkingDays(c, from, n + m).date).toBe(further);
          expect(workingDaysBetween(c, from, further)).toBe(n + m);
        }
      }),
    );
  });

  it('counts across the table edges exactly', () => {
    const odd = createWorkCalendar([{ date: '1969-12-27', kind: 'work' }], []);
    expect(workingDaysBetween(odd, '1969-12-26', '1970-01-01')).toBe(5); // 12-27 (make-up), 12-29, 12-30, 12-31, 01-01
    expect(workingDaysBetween(odd, '1969-12-26', '1970-01-02')).toBe(6);
    expect(addWorkingDays(odd, '1969-12-26', 5).date).toBe('1970-01-01');
    expect(addWorkingDays(cal, '2199-12-30', 2).date).toBe('2200-01-01');
    expect(workingDaysBetween(cal, '2199-12-30', '2200-01-01')).toBe(2);
  });

  it('outside official years a working day is exactly a weekday', () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        if (isProvisionalYear(cal, yearOf(d)) && yearOf(d) !== 2018) {
          expect(isWorkingDay(cal, d)).toBe(!isWeekend(d));
        }
      }),
    );
  });

  it('a result is provisional exactly when a counted day lies in an unofficial year', () => {
    fc.assert(
      fc.property(isoDate, count, (from, n) => {
        const r = addWorkingDays(cal, from, n);
        let expected = false;
        for (let d = addDays(from, 1); d <= r.date; d = addDays(d, 1)) if (isProvisionalYear(cal, yearOf(d))) expected = true;
        expect(r.provisional).toBe(expected);
      }),
    );
  });
});
