import { describe, expect, it } from 'vitest';
import { defaultWorkCalendar, workingDaysBetween } from '../calendar/work-calendar';
import { CLOCK_STATUSES, clockStatusOf, dueSoonUntil, matchesClock, statusDay, statusPredicate, type StoredClock } from './status';
import { filterPredicate, STATUS_FILTERS, type StatusFilter } from './status-filters';
import { statusFromStored } from './stored-status';

const cal = defaultWorkCalendar();
const on = (today: string, dueSoonDays = 5) => statusDay(today, cal, dueSoonDays);
const running = (replyDueOn: string | null): StoredClock => ({ clockState: 'running', replyDueOn, repliedOn: null });

describe('statusFromStored: the list badge', () => {
  it('counts working days left to the due date, across National Day', () => {
    // 2024-09-27 + 20 working days = 2024-10-30 (RULES §3)
    expect(statusFromStored(running('2024-10-30'), on('2024-09-27'), cal)).toEqual({ status: 'on_track', daysLeft: 20, lateBy: null, dueSoonDays: 5 });
  });

  it('is due soon with exactly five working days left and on the due date itself', () => {
    expect(statusFromStored(running('2024-10-30'), on('2024-10-23'), cal).status).toBe('due_soon');
    expect(statusFromStored(running('2024-10-30'), on('2024-10-22'), cal).status).toBe('on_track');
    expect(statusFromStored(running('2024-10-30'), on('2024-10-30'), cal)).toEqual({ status: 'due_soon', daysLeft: 0, lateBy: null, dueSoonDays: 5 });
  });

  it('follows the agency setting for "due soon"', () => {
    expect(statusFromStored(running('2024-10-30'), on('2024-10-22', 6), cal).status).toBe('due_soon');
    expect(statusFromStored(running('2024-10-30'), on('2024-10-23', 4), cal)).toEqual({ status: 'on_track', daysLeft: 5, lateBy: null, dueSoonDays: 4 });
  });

  it('is overdue the day after, by working days', () => {
    expect(statusFromStored(running('2024-09-30'), on('2024-10-08'), cal)).toEqual({ status: 'overdue', daysLeft: -1, lateBy: null, dueSoonDays: 5 });
  });

  it('names the pause of a paused case, without days left', () => {
    expect(statusFromStored({ clockState: 'paused_fee', replyDueOn: '2024-10-30', repliedOn: null }, on('2024-11-30'), cal)).toMatchObject({ status: 'paused_fee', daysLeft: null });
    expect(statusFromStored({ clockState: 'paused_consultation', replyDueOn: '2024-10-30', repliedOn: null }, on('2024-11-30'), cal).status).toBe('paused_consultation');
    expect(statusFromStored({ clockState: 'awaiting_correction', replyDueOn: '2024-10-30', repliedOn: null }, on('2024-11-30'), cal).status).toBe('awaiting_correction');
  });

  it('judges a closed case against its due date', () => {
    expect(statusFromStored({ clockState: 'closed', replyDueOn: '2024-10-30', repliedOn: '2024-10-30' }, on('2025-01-01'), cal).status).toBe('closed_on_time');
    expect(statusFromStored({ clockState: 'closed', replyDueOn: '2024-10-30', repliedOn: '2024-11-01' }, on('2025-01-01'), cal)).toMatchObject({ status: 'closed_late', daysLeft: null, lateBy: 2 });
  });

  it('treats a case without a stored due date as on track and closed on time', () => {
    expect(statusFromStored(running(null), on('2025-01-01'), cal)).toMatchObject({ status: 'on_track', daysLeft: null });
    expect(statusFromStored({ clockState: 'closed', replyDueOn: null, repliedOn: '2024-12-01' }, on('2025-01-01'), cal).status).toBe('closed_on_time');
  });
});

describe('the status predicates', () => {
  const samples: StoredClock[] = [
    ...['2024-10-07', '2024-10-08', '2024-10-10', '2024-10-11', '2024-10-12', '2024-09-26', '2024-09-27', null].map(running),
    ...(['paused_consultation', 'paused_fee', 'awaiting_correction'] as const).map((clockState) => ({ clockState, replyDueOn: '2024-09-01', repliedOn: null })),
    { clockState: 'closed', replyDueOn: '2024-09-20', repliedOn: '2024-09-20' },
    { clockState: 'closed', replyDueOn: '2024-09-20', repliedOn: '2024-09-21' },
  ];

  it('give every stored clock exactly one status', () => {
    for (const c of samples) {
      expect(CLOCK_STATUSES.filter((s) => matchesClock(c, statusPredicate(s, on('2024-09-27'))))).toEqual([clockStatusOf(c, on('2024-09-27'))]);
    }
  });

  it('refuse a stored state no open case can have', () => {
    expect(() => clockStatusOf({ clockState: 'closed', replyDueOn: '2024-10-30', repliedOn: null }, on('2024-09-27'))).toThrow(RangeError);
  });

  it('each filter selects exactly the cases whose badge is one of its statuses', () => {
    for (const filter of Object.keys(STATUS_FILTERS) as StatusFilter[]) {
      for (const c of samples) {
        const statuses: readonly string[] = STATUS_FILTERS[filter].statuses;
        expect(matchesClock(c, filterPredicate(filter, on('2024-09-27')))).toBe(statuses.includes(clockStatusOf(c, on('2024-09-27'))));
      }
    }
  });
});

describe('dueSoonUntil', () => {
  it('ends just before the sixth working day, so due dates on rest days are judged consistently', () => {
    expect(dueSoonUntil('2024-09-27', cal, 5)).toBe('2024-10-10'); // working days: 09-29 (调休), 09-30, 10-08, 10-09, 10-10, then 10-11
    for (const due of ['2024-10-07', '2024-10-08', '2024-10-10', '2024-10-11', '2024-10-12']) {
      expect(workingDaysBetween(cal, '2024-09-27', due) <= 5).toBe(due <= dueSoonUntil('2024-09-27', cal, 5));
    }
  });
});
