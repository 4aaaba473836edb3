import { describe, expect, it } from 'vitest';
import { defaultWorkCalendar, workingDaysBetween } from '../calendar/work-calendar';
import { dueSoonUntil, statusFromStored } from './stored-status';

const cal = defaultWorkCalendar();

describe('statusFromStored', () => {
  it('counts working days left to the due date, across National Day', () => {
    // 2024-09-27 + 20 working days = 2024-10-30 (RULES §3)
    expect(statusFromStored({ clockState: 'running', replyDueOn: '2024-10-30', repliedOn: null }, '2024-09-27', cal, 5)).toEqual({ status: 'on_track', daysLeft: 20, lateBy: null });
  });

  it('is due soon with exactly five working days left and on the due date itself', () => {
    expect(statusFromStored({ clockState: 'running', replyDueOn: '2024-10-30', repliedOn: null }, '2024-10-23', cal, 5).status).toBe('due_soon');
    expect(statusFromStored({ clockState: 'running', replyDueOn: '2024-10-30', repliedOn: null }, '2024-10-22', cal, 5).status).toBe('on_track');
    expect(statusFromStored({ clockState: 'running', replyDueOn: '2024-10-30', repliedOn: null }, '2024-10-30', cal, 5)).toEqual({ status: 'due_soon', daysLeft: 0, lateBy: null });
  });

  it('is overdue the day after, by working days', () => {
    expect(statusFromStored({ clockState: 'running', replyDueOn: '2024-09-30', repliedOn: null }, '2024-10-08', cal, 5)).toEqual({ status: 'overdue', daysLeft: -1, lateBy: null });
  });

  it('names the pause of a paused case', () => {
    expect(statusFromStored({ clockState: 'paused_fee', replyDueOn: '2024-10-30', repliedOn: null }, '2024-11-30', cal, 5).status).toBe('paused_fee');
    expect(statusFromStored({ clockState: 'awaiting_correction', replyDueOn: '2024-10-30', repliedOn: null }, '2024-11-30', cal, 5).status).toBe('awaiting_correction');
  });

  it('judges a closed case against its due date', () => {
    expect(statusFromStored({ clockState: 'closed', replyDueOn: '2024-10-30', repliedOn: '2024-10-30' }, '2025-01-01', cal, 5).status).toBe('closed_on_time');
    expect(statusFromStored({ clockState: 'closed', replyDueOn: '2024-10-30', repliedOn: '2024-11-01' }, '2025-01-01', cal, 5)).toEqual({ status: 'closed_late', daysLeft: null, lateBy: 2 });
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
