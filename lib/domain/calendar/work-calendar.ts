// The working-day calendar of RULES §3: Monday–Friday, minus the days off of the State Council's
// annual notice, plus the weekend days it makes working days (调休). Years without an official
// schedule are computed on weekends only and every result that counts a day in them is provisional.
//
// Dates are turned into day ordinals (days since 1970-01-01) so that counting is integer arithmetic:
// `addWorkingDays` runs for every case on every list page and in the 100k-case bench.

import { addDays, daysBetween, isIsoDate, yearOf, type IsoDate } from '../dates';
import { OFFICIAL_SCHEDULES, type HolidaySchedule, type ScheduleDayKind } from './official-schedules';

export interface CalendarDay {
  date: IsoDate;
  kind: ScheduleDayKind;
}

export interface WorkCalendar {
  /** Day ordinal → working (true) or not (false), only for days whose status differs from Mon–Fri. */
  readonly overrides: ReadonlyMap<number, boolean>;
  /** Sorted ordinals of the overrides and the prefix sums of their effect (+1 / −1) on the count. */
  readonly overrideOrdinals: Int32Array;
  readonly overridePrefix: Int32Array;
  readonly officialYears: ReadonlySet<number>;
}

export interface WorkingDayResult {
  date: IsoDate;
  /** A counted day lies in a year with no official schedule (暂定). */
  provisional: boolean;
}

const EPOCH: IsoDate = '1970-01-01';

// Conversions go through the shared date helpers; both directions are memoized because a list page
// or the bench asks for the same few thousand dates over and over.
const ordinalCache = new Map<IsoDate, number>();
const isoCache: IsoDate[] = [];
const CACHE_LIMIT = 200_000;

function ordinal(date: IsoDate): number {
  let d = ordinalCache.get(date);
  if (d === undefined) {
    d = daysBetween(EPOCH, date);
    if (ordinalCache.size >= CACHE_LIMIT) ordinalCache.clear();
    ordinalCache.set(date, d);
  }
  return d;
}

function isoOf(d: number): IsoDate {
  if (d < 0 || d >= TABLE_DAYS) return addDays(EPOCH, d);
  return (isoCache[d] ??= addDays(EPOCH, d));
}

/** 1970-01-01 was a Thursday; Monday–Friday are the weekdays. */
function isWeekdayOrdinal(d: number): boolean {
  const dow = (((d + 4) % 7) + 7) % 7;
  return dow !== 0 && dow !== 6;
}

// Weekdays among the first r days (0 ≤ r < 7) of a week that starts on a Thursday: Thu, Fri, Sat, Sun, Mon, Tue, Wed.
const WEEKDAYS_IN_PREFIX = [0, 1, 2, 2, 2, 3, 4];

/** A function F with F(d + 1) − F(d) = 1 exactly when d is a weekday (any integer d). */
function weekdayCount(d: number): number {
  const weeks = Math.floor(d / 7);
  return 5 * weeks + WEEKDAYS_IN_PREFIX[d - 7 * weeks];
}

// A dense table for 1970-01-01 … 2199-12-31, built on first use: the number of working days up to
// each day and the list of working days, so that adding N working days is one array lookup.
const TABLE_DAYS = 84_006;

interface DenseTable {
  /** cumulative[d] = cumulativeWorkingDays(d), the same constant as outside the table. */
  cumulative: Int32Array;
  /** cumulative[-1]: the count before the table starts. */
  base: number;
  /** workingDays[i] = ordinal of the (i + 1)-th working day from 1970-01-01. */
  workingDays: Int32Array;
}

const tables = new WeakMap<WorkCalendar, DenseTable>();

function tableOf(cal: WorkCalendar): DenseTable {
  let t = tables.get(cal);
  if (!t) {
    const cumulative = new Int32Array(TABLE_DAYS);
    const working: number[] = [];
    const base = countFormula(cal, -1);
    for (let d = 0, c = base; d < TABLE_DAYS; d++) {
      if (isWorkingOrdinal(cal, d)) {
        c += 1;
        working.push(d);
      }
      cumulative[d] = c;
    }
    t = { cumulative, base, workingDays: Int32Array.from(working) };
    tables.set(cal, t);
  }
  return t;
}

/**
 * `days` are the 'off' / 'work' days of every schedule in force (a later entry for the same date
 * wins); `officialYears` are the years whose schedule is complete.
 */
export function createWorkCalendar(days: readonly CalendarDay[], officialYears: readonly number[]): WorkCalendar {
  const byOrdinal = new Map<number, boolean>();
  for (const day of days) {
    if (!isIsoDate(day.date)) throw new RangeError(`日历日期无效：${day.date}`);
    if (day.kind !== 'off' && day.kind !== 'work') throw new RangeError(`日历类型无效：${String(day.kind)}`);
    byOrdinal.set(ordinal(day.date), day.kind === 'work');
  }
  const overrides = new Map<number, boolean>();
  for (const [d, working] of byOrdinal) {
    // An 'off' weekend day or a 'work' weekday changes nothing; keeping only real changes keeps lookups exact.
    if (working !== isWeekdayOrdinal(d)) overrides.set(d, working);
  }
  const sorted = [...overrides.keys()].sort((a, b) => a - b);
  const overrideOrdinals = Int32Array.from(sorted);
  const overridePrefix = new Int32Array(sorted.length + 1);
  sorted.forEach((d, i) => {
    overridePrefix[i + 1] = overridePrefix[i] + (overrides.get(d) ? 1 : -1);
  });
  return { overrides, overrideOrdinals, overridePrefix, officialYears: new Set(officialYears) };
}

/**
 * A calendar from whole schedules: a later schedule for a year replaces an earlier one (an
 * administrator's correction replaces the shipped year), then every year listed is official.
 */
export function createWorkCalendarFromSchedules(schedules: readonly Pick<HolidaySchedule, 'year' | 'days'>[]): WorkCalendar {
  const byYear = new Map<number, readonly CalendarDay[]>();
  for (const s of schedules) byYear.set(s.year, s.days);
  return createWorkCalendar([...byYear.values()].flat(), [...byYear.keys()]);
}

let defaultCalendar: WorkCalendar | null = null;

/** The calendar of the shipped official schedules 2019–2026. */
export function defaultWorkCalendar(): WorkCalendar {
  defaultCalendar ??= createWorkCalendarFromSchedules(OFFICIAL_SCHEDULES);
  return defaultCalendar;
}

function isWorkingOrdinal(cal: WorkCalendar, d: number): boolean {
  return cal.overrides.get(d) ?? isWeekdayOrdinal(d);
}

/** Working days d with d ≤ x, up to a constant: differences give counts over (a, b]. */
function cumulativeWorkingDays(cal: WorkCalendar, x: number): number {
  return x >= 0 && x < TABLE_DAYS ? tableOf(cal).cumulative[x] : countFormula(cal, x);
}

/** The same count in closed form: weekdays in [0, x] plus the net effect of overrides up to x. */
function countFormula(cal: WorkCalendar, x: number): number {
  const ords = cal.overrideOrdinals;
  let lo = 0;
  let hi = ords.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ords[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return weekdayCount(x + 1) + cal.overridePrefix[lo];
}

export function isWorkingDay(cal: WorkCalendar, date: IsoDate): boolean {
  return isWorkingOrdinal(cal, ordinal(date));
}

export function isProvisionalYear(cal: WorkCalendar, year: number): boolean {
  return !cal.officialYears.has(year);
}

/** Whether any day in (from, to] lies in a year without an official schedule. */
export function isProvisionalSpan(cal: WorkCalendar, from: IsoDate, to: IsoDate): boolean {
  if (to <= from) return false;
  const first = from.endsWith('-12-31') ? yearOf(from) + 1 : yearOf(from);
  for (let y = first; y <= yearOf(to); y++) {
    if (isProvisionalYear(cal, y)) return true;
  }
  return false;
}

/**
 * The Nth working day after `from` (RULES §3: day 1 is the first working day after the start date).
 * n = 0 returns `from` itself, which need not be a working day.
 */
export function addWorkingDays(cal: WorkCalendar, from: IsoDate, n: number): WorkingDayResult {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日数必须是非负整数：${n}`);
  if (n === 0) return { date: from, provisional: false };
  const start = ordinal(from);
  let d = -1;
  if (start >= 0 && start < TABLE_DAYS) {
    const t = tableOf(cal);
    const i = t.cumulative[start] - t.base + n - 1;
    if (i < t.workingDays.length) d = t.workingDays[i];
  }
  if (d < 0) {
    d = start;
    for (let counted = 0; counted < n; ) {
      d += 1;
      if (isWorkingOrdinal(cal, d)) counted += 1;
    }
  }
  const date = isoOf(d);
  return { date, provisional: isProvisionalSpan(cal, from, date) };
}

/**
 * The number of working days d with from < d ≤ to; when to < from, minus the number with
 * to < d ≤ from. So workingDaysBetween(from, addWorkingDays(from, n).date) = n.
 */
export function workingDaysBetween(cal: WorkCalendar, from: IsoDate, to: IsoDate): number {
  return cumulativeWorkingDays(cal, ordinal(to)) - cumulativeWorkingDays(cal, ordinal(from));
}
