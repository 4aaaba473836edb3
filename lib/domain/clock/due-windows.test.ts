import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultWorkCalendar } from '../calendar/work-calendar';
import { addDays } from '../dates';
import { dueWindowPredicate, endOfWeek, isDueWindow, type DueWindow } from './due-windows';
import { badgeText } from './labels';
import { matchesClock, statusDay, type StoredClock } from './status';
import { statusFromStored } from './stored-status';

const cal = defaultWorkCalendar();
const running = (replyDueOn: string): StoredClock => ({ clockState: 'running', replyDueOn, repliedOn: null });
const on = (today: string, dueSoonDays = 5) => statusDay(today, cal, dueSoonDays);
/** The due dates from `from` to `to` that a window takes on `today`. */
const taken = (window: DueWindow, today: string, from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (matchesClock(running(d), dueWindowPredicate(window, on(today)))) out.push(d);
  return out;
};

describe('due windows', () => {
  it('end the week on Sunday; a Sunday ends its own week', () => {
    expect(endOfWeek('2026-12-02')).toBe('2026-12-06'); // a Wednesday
    expect(endOfWeek('2026-11-30')).toBe('2026-12-06'); // Monday
    expect(endOfWeek('2026-12-06')).toBe('2026-12-06'); // Sunday
    expect(endOfWeek('2026-12-31')).toBe('2027-01-03'); // across the year
  });

  it('on an ordinary Wednesday: today is today, the week runs to Sunday', () => {
    expect(taken('today', '2026-12-02', '2026-11-30', '2026-12-10')).toEqual(['2026-12-02']);
    expect(taken('this_week', '2026-12-02', '2026-11-30', '2026-12-10')).toEqual(['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
  });

  it('a due date on Saturday is due today on the Friday before, and this week; Monday is next week', () => {
    // Friday 2024-05-10; Saturday 05-11 was a make-up working day, so take 2024-05-17 (an ordinary Friday).
    expect(taken('today', '2024-05-17', '2024-05-16', '2024-05-21')).toEqual(['2024-05-17', '2024-05-18', '2024-05-19']);
    expect(taken('this_week', '2024-05-17', '2024-05-16', '2024-05-21')).toEqual(['2024-05-17', '2024-05-18', '2024-05-19']);
    // Friday 2024-05-10: the Saturday after is a working day (调休), so only Friday is due today.
    expect(taken('today', '2024-05-10', '2024-05-10', '2024-05-14')).toEqual(['2024-05-10']);
    expect(taken('this_week', '2024-05-10', '2024-05-10', '2024-05-14')).toEqual(['2024-05-10', '2024-05-11', '2024-05-12']);
  });

  it('a due date in a holiday is due today on the last working day before it (Labour Day 2024)', () => {
    // Tuesday 2024-04-30; 05-01…05-05 off, 05-06 the next working day.
    expect(taken('today', '2024-04-30', '2024-04-29', '2024-05-07')).toEqual(['2024-04-30', '2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05']);
    expect(taken('this_week', '2024-04-30', '2024-04-29', '2024-05-07')).toEqual(['2024-04-30', '2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05']);
  });

  it('National Day week: the week reaches to the day before the first working day after its Sunday', () => {
    // Monday 2024-09-30; 10-01…10-07 off, 10-08 the next working day: all of them due today.
    expect(taken('today', '2024-09-30', '2024-09-27', '2024-10-09')).toEqual(['2024-09-30', '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07']);
    expect(taken('this_week', '2024-09-30', '2024-09-27', '2024-10-09')).toEqual(['2024-09-30', '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07']);
    // Friday 2024-09-27: Sunday 09-29 is a make-up working day, so a case due then has a day left;
    // this week ends on that Sunday, the next working day is Monday 09-30.
    expect(taken('today', '2024-09-27', '2024-09-26', '2024-10-01')).toEqual(['2024-09-27', '2024-09-28']);
    expect(taken('this_week', '2024-09-27', '2024-09-26', '2024-10-01')).toEqual(['2024-09-27', '2024-09-28', '2024-09-29']);
  });

  it('lists running cases only: not overdue, paused, awaiting a correction or closed ones', () => {
    const week = dueWindowPredicate('this_week', on('2026-12-02'));
    expect(matchesClock(running('2026-12-01'), week)).toBe(false);
    expect(matchesClock({ clockState: 'paused_consultation', replyDueOn: '2026-12-04', repliedOn: null }, week)).toBe(false);
    expect(matchesClock({ clockState: 'awaiting_correction', replyDueOn: '2026-12-04', repliedOn: null }, week)).toBe(false);
    expect(matchesClock({ clockState: 'closed', replyDueOn: '2026-12-04', repliedOn: '2026-12-01' }, week)).toBe(false);
  });

  it('today is exactly where the badge says 今日到期, and within this week, on any day and setting', () => {
    const date = (from: string, days: number) => fc.nat(days).map((n) => addDays(from, n));
    fc.assert(
      fc.property(date('2019-01-01', 8 * 365), fc.nat(40), fc.nat(10), (today, ahead, dueSoonDays) => {
        const due = addDays(today, ahead - 5);
        const day = on(today, dueSoonDays);
        const s = statusFromStored(running(due), day, cal);
        const badgeSaysToday = badgeText(s.status, s.daysLeft, s.lateBy).label === '今日到期';
        const dueToday = matchesClock(running(due), dueWindowPredicate('today', day));
        expect([today, due, dueToday]).toEqual([today, due, badgeSaysToday]);
        if (dueToday) expect(matchesClock(running(due), dueWindowPredicate('this_week', day))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('knows its own names only', () => {
    expect(isDueWindow('this_week')).toBe(true);
    expect(isDueWindow('next_week')).toBe(false);
    expect(isDueWindow('hasOwnProperty')).toBe(false);
    expect(isDueWindow(undefined)).toBe(false);
  });
});
