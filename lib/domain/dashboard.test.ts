import { describe, expect, it } from 'vitest';
import { defaultWorkCalendar } from './calendar/work-calendar';
import { intakeListHref, lastTwelveMonths, outcomeMix, provisionalYearsAround } from './dashboard';
import { buildTableThree } from './report';
import { hangzhouCases } from '@/tests/fixtures/hangzhou-2023';

describe('lastTwelveMonths', () => {
  it('ends with this month and crosses the year', () => {
    expect(lastTwelveMonths('2024-03-15')).toEqual(['2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03']);
  });
});

describe('intakeListHref', () => {
  it('opens the cases received in the month', () => {
    expect(intakeListHref('2024-03')).toBe('/cases?month=2024-03');
  });
});

describe('outcomeMix', () => {
  it('groups table 三’s outcome rows as the table does, and adds up to its total', () => {
    const table = buildTableThree(hangzhouCases(), 2023);
    const mix = outcomeMix(table, 2023);
    expect(mix.map((g) => g.label)).toEqual(['(一)予以公开', '(二)部分公开', '(三)不予公开', '(四)无法提供', '(五)不予处理', '(六)其他处理']);
    expect(mix.reduce((n, g) => n + g.total, 0)).toBe(table.results_total.total);
    expect(mix[3].items.find((i) => i.code === 'unavailable.not_held')?.count).toBe(16);
    // Each group opens its cases replied in the year: a group of several rows by the group's key.
    expect(mix.map((g) => g.href)).toEqual(['disclosed', 'partial', 'withheld', 'unavailable', 'not_processed', 'other'].map((o) => `/cases?replied=2023&outcome=${o}&sort=replied_desc`));
  });
});

describe('provisionalYearsAround', () => {
  it('names the years around today without an official schedule (2019–2026 ship)', () => {
    expect(provisionalYearsAround(defaultWorkCalendar(), '2026-06-01')).toEqual([2027]);
    expect(provisionalYearsAround(defaultWorkCalendar(), '2025-06-01')).toEqual([]);
  });
});
