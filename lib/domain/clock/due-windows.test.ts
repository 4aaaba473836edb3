import { describe, expect, it } from 'vitest';
import { dueWindowPredicate, endOfWeek, isDueWindow } from './due-windows';
import { matchesClock, type StoredClock } from './status';

const running = (replyDueOn: string): StoredClock => ({ clockState: 'running', replyDueOn, repliedOn: null });

describe('due windows', () => {
  it('end the week on Sunday; a Sunday ends its own week', () => {
    expect(endOfWeek('2026-12-02')).toBe('2026-12-06'); // a Wednesday
    expect(endOfWeek('2026-11-30')).toBe('2026-12-06'); // Monday
    expect(endOfWeek('2026-12-06')).toBe('2026-12-06'); // Sunday
    expect(endOfWeek('2026-12-31')).toBe('2027-01-03'); // across the year
  });

  it('today: running cases due today, not those already overdue', () => {
    const today = dueWindowPredicate('today', '2026-12-02');
    expect(matchesClock(running('2026-12-02'), today)).toBe(true);
    expect(matchesClock(running('2026-12-01'), today)).toBe(false);
    expect(matchesClock(running('2026-12-03'), today)).toBe(false);
  });

  it('this week: from today to Sunday, open and running only', () => {
    const week = dueWindowPredicate('this_week', '2026-12-02');
    expect(matchesClock(running('2026-12-06'), week)).toBe(true);
    expect(matchesClock(running('2026-12-07'), week)).toBe(false);
    expect(matchesClock({ clockState: 'paused_consultation', replyDueOn: '2026-12-04', repliedOn: null }, week)).toBe(false);
    expect(matchesClock({ clockState: 'closed', replyDueOn: '2026-12-04', repliedOn: '2026-12-01' }, week)).toBe(false);
  });

  it('knows its own names only', () => {
    expect(isDueWindow('this_week')).toBe(true);
    expect(isDueWindow('next_week')).toBe(false);
    expect(isDueWindow('hasOwnProperty')).toBe(false);
    expect(isDueWindow(undefined)).toBe(false);
  });
});
