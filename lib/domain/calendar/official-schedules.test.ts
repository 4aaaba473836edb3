import { describe, expect, it } from 'vitest';
import { isIsoDate, isWeekend, yearOf } from '../dates';
import { OFFICIAL_SCHEDULES } from './official-schedules';

const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节', '中秋节、国庆节', '国庆节、中秋节'];

describe('OFFICIAL_SCHEDULES', () => {
  it('ships 2019–2026 in order', () => {
    expect(OFFICIAL_SCHEDULES.map((s) => s.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it.each(OFFICIAL_SCHEDULES.map((s) => [s.year, s] as const))('%i: well-formed', (year, s) => {
    expect(s.source).toContain(`《国务院办公厅关于${year}年部分节假日安排的通知》（国办发明电〔${year - 1}〕`);
    const dates = s.days.map((d) => d.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const d of s.days) {
      expect(isIsoDate(d.date)).toBe(true);
      // A notice covers its year plus a New Year block starting in the last days of the year before.
      expect(yearOf(d.date) === year || (d.date >= `${year - 1}-12-28` && d.name === '元旦')).toBe(true);
      expect(HOLIDAY_NAMES).toContain(d.name);
      if (d.kind === 'work') expect(isWeekend(d.date)).toBe(true);
    }
    for (const name of ['元旦', '春节', '清明节', '劳动节', '端午节']) {
      expect(s.days.some((d) => d.name === name && d.kind === 'off')).toBe(true);
    }
    expect(s.days.some((d) => d.name.includes('国庆节') && d.date === `${year}-10-01`)).toBe(true);
  });

  it('notes the amending notices of 2019 and 2020', () => {
    expect(OFFICIAL_SCHEDULES.find((s) => s.year === 2019)?.source).toContain('国办发明电〔2019〕2号');
    expect(OFFICIAL_SCHEDULES.find((s) => s.year === 2020)?.source).toContain('国办发明电〔2020〕1号');
  });

  it('names the combined Mid-Autumn/National Day blocks as the notices do', () => {
    const nameOn = (date: string) => OFFICIAL_SCHEDULES.flatMap((s) => s.days).find((d) => d.date === date)?.name;
    expect(nameOn('2020-10-01')).toBe('国庆节、中秋节');
    expect(nameOn('2023-09-29')).toBe('中秋节、国庆节');
    expect(nameOn('2025-10-06')).toBe('国庆节、中秋节');
    expect(nameOn('2024-09-16')).toBe('中秋节');
    expect(nameOn('2024-10-01')).toBe('国庆节');
  });
});
