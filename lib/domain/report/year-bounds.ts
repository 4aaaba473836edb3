import type { IsoDate } from '../dates';

// Statistics use calendar years in China Standard Time; dates are already CST calendar dates,
// so a year is simply the inclusive range of its first and last day.
export function firstDayOf(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-01-01`;
}

export function lastDayOf(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}
