// Calendar dates of the domain are 'YYYY-MM-DD' strings in China Standard Time (UTC+8, no DST).
// Arithmetic is done on UTC midnights so that no local time zone can shift a day.

export type IsoDate = string;

/**
 * The years a date of record may fall in. The OGI regulation dates from 2007, so a year before 2000
 * is a typo (0202, 1025) or an Excel number that is not a date, and would put a case into every
 * later year's carry-over; the forms, the register files and the report years all use this range.
 */
export const FIRST_RECORD_YEAR = 2000;
export const LAST_RECORD_YEAR = 2099;

export function isRecordYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_RECORD_YEAR && year <= LAST_RECORD_YEAR;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;

export function isIsoDate(value: string): boolean {
  const m = ISO_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function toUtcMs(date: IsoDate): number {
  const m = ISO_RE.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3]);
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The UTC calendar day of a moment, as toISOString().slice(0, 10) gives it, in a fraction of its
 * time (a large register file has hundreds of thousands of date cells).
 */
export function utcDayOf(moment: Date): IsoDate {
  const year = moment.getUTCFullYear();
  // Outside four-digit years (and for an invalid date) toISOString's own form, or its RangeError.
  if (!(year >= 1000 && year <= 9999)) return moment.toISOString().slice(0, 10);
  return `${year}-${twoDigits(moment.getUTCMonth() + 1)}-${twoDigits(moment.getUTCDate())}`;
}

function fromUtcMs(ms: number): IsoDate {
  return utcDayOf(new Date(ms));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function yearOf(date: IsoDate): number {
  return +date.slice(0, 4);
}

/** The calendar date in China at a moment. */
export function chinaDate(moment: Date): IsoDate {
  return fromUtcMs(moment.getTime() + CST_OFFSET_MS).slice(0, 10);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** '2024-09-27' → '2024年9月27日' */
export function formatChineseDate(date: IsoDate | null | undefined): string {
  if (!date) return '';
  const m = ISO_RE.exec(date);
  if (!m) return date;
  return `${+m[1]}年${+m[2]}月${+m[3]}日`;
}

/** A moment shown to staff in China time: '2026-11-28 13:05'. */
export function formatChinaDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
