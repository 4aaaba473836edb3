import { describe, expect, it } from 'vitest';
import { defaultReportYear, parseReportYear, reportTitle, selectableYears } from './report-year';

describe('report years', () => {
  it('accepts four-digit years within 2000–2099 only', () => {
    expect(parseReportYear('2023')).toBe(2023);
    expect(parseReportYear(' 2000 ')).toBe(2000);
    for (const bad of ['1999', '2100', '23', '2023a', '', '２０２３', '2023.0', null, undefined]) expect(parseReportYear(bad)).toBeNull();
  });

  it('defaults to the last complete year and lists years from the earliest record', () => {
    expect(defaultReportYear('2026-01-05')).toBe(2025);
    expect(selectableYears('2026-03-01', '2023-01-04')).toEqual([2026, 2025, 2024, 2023]);
    expect(selectableYears('2026-03-01', null)).toEqual([2026, 2025]);
    expect(selectableYears('2026-03-01', '2026-02-01')).toEqual([2026, 2025]);
    expect(reportTitle(2023)).toBe('2023年政府信息公开申请情况统计表');
  });
});
