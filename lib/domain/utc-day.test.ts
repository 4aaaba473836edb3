// utcDayOf gives the UTC calendar day of a moment exactly as toISOString does, faster.
import { describe, expect, it } from 'vitest';
import { addDays, utcDayOf } from './dates';

describe('utcDayOf', () => {
  it('is the day toISOString gives, for every day of several years and at the edges of a day', () => {
    for (let ms = Date.UTC(1999, 0, 1); ms <= Date.UTC(2031, 0, 1); ms += 86_400_000) {
      for (const moment of [new Date(ms), new Date(ms + 86_399_999)]) expect(utcDayOf(moment)).toBe(moment.toISOString().slice(0, 10));
    }
  });

  it('keeps toISOString’s form outside four-digit years, and its error for an invalid date', () => {
    const early = new Date(Date.UTC(999, 11, 31));
    expect(utcDayOf(early)).toBe(early.toISOString().slice(0, 10));
    const far = new Date(Date.UTC(10000, 0, 1));
    expect(utcDayOf(far)).toBe(far.toISOString().slice(0, 10));
    expect(() => utcDayOf(new Date(NaN))).toThrow(RangeError);
  });

  it('is what addDays counts in, across month, year and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
