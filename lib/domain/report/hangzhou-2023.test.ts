// The published 2023 report of 杭州市人力资源和社会保障局, reproduced from a 50-case register.
import { describe, expect, it } from 'vitest';
import { hangzhouCases, hangzhouExpected, hangzhouReviews } from '@/tests/fixtures/hangzhou-2023';
import { buildTableFour, buildTableThree, checkTableThree, reportJson } from './index';

describe('Hangzhou HRSS 2023', () => {
  const expected = hangzhouExpected();
  const tableThree = buildTableThree(hangzhouCases(), 2023);
  const tableFour = buildTableFour(hangzhouReviews(), 2023);

  it('reproduces table 三 cell by cell', () => {
    expect(tableThree).toEqual(expected.applications);
  });

  it('reproduces table 四', () => {
    expect(tableFour).toEqual(expected.review);
  });

  it('passes every check, with the numbers in the details', () => {
    const checks = checkTableThree(tableThree, null);
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(checks[0].detail).toBe('自然人列：本年新收 47 + 上年结转 0 = 47，办理结果总计 45 + 结转下年度 2 = 47，一致');
    expect(checks.find((c) => c.name.includes('上年结转'))?.detail).toContain('没有上一年度的统计数据');
  });

  it('gives the published JSON object', () => {
    const json = reportJson(2023, tableThree, tableFour, []);
    expect(json).toEqual({ year: 2023, applications: expected.applications, review: expected.review, checks: [] });
  });

  it('carries the two open cases into 2024, where one is answered', () => {
    const next = buildTableThree(hangzhouCases(), 2024);
    expect(next.carried_in.natural_person).toBe(2);
    expect(next.disclosed.natural_person).toBe(1);
    expect(next.carried_out.total).toBe(1);
    expect(checkTableThree(next, tableThree).every((c) => c.ok)).toBe(true);
  });
});
