import { describe, expect, it } from 'vitest';
import { isReceivedMonth, receivedInMonth, receivedMonthLabel, receivedMonthRange } from './received-month';

describe('收到月份', () => {
  it('is a month of a year of record, written YYYY-MM', () => {
    for (const v of ['2026-03', '2000-01', '2099-12']) expect(isReceivedMonth(v), v).toBe(true);
    for (const v of ['2026-3', '2026-13', '2026-00', '1999-12', '2026-03-01', '202603', '2026/03', '']) expect(isReceivedMonth(v), v).toBe(false);
  });

  it('runs from its first day up to the next month’s, across the year’s end', () => {
    expect(receivedMonthRange('2026-03')).toEqual({ from: '2026-03-01', before: '2026-04-01' });
    expect(receivedMonthRange('2025-12')).toEqual({ from: '2025-12-01', before: '2026-01-01' });
    expect(receivedMonthRange('2026-09')).toEqual({ from: '2026-09-01', before: '2026-10-01' });
  });

  it('holds the month’s first and last days, not its neighbours’', () => {
    expect(['2024-01-31', '2024-02-01', '2024-02-29', '2024-03-01'].filter((d) => receivedInMonth(d, '2024-02'))).toEqual(['2024-02-01', '2024-02-29']);
    expect(['2025-11-30', '2025-12-31', '2026-01-01'].filter((d) => receivedInMonth(d, '2025-12'))).toEqual(['2025-12-31']);
  });

  it('reads as 2026年3月', () => {
    expect(receivedMonthLabel('2026-03')).toBe('2026年3月');
    expect(receivedMonthLabel('2025-12')).toBe('2025年12月');
  });
});
