import { describe, expect, it } from 'vitest';
import { auditFilterParams, chinaDayStartIso, parseAuditFilters } from './audit-filter';

describe('parseAuditFilters', () => {
  it('reads the filters from the query string', () => {
    expect(parseAuditFilters({ who: '7', action: 'case.update', subject: ' 2026-0001 ', from: '2026-03-01', to: '2026-03-31', page: '2' })).toEqual({
      filters: { who: '7', action: 'case.update', subject: '2026-0001', from: '2026-03-01', to: '2026-03-31' },
      page: 2,
      problems: [],
    });
  });

  it('takes the first of repeated parameters and never fails on malformed ones', () => {
    const r = parseAuditFilters({ who: ['system', '3'], action: 'drop table', from: '2023-02-30', to: 'x', subject: 's'.repeat(65), page: 'abc' });
    expect(r.filters).toEqual({ who: 'system', action: '', subject: '', from: '', to: '' });
    expect(r.page).toBe(1);
    expect(r.problems).toEqual([
      '“操作”的取值无法识别，已忽略。',
      '“申请编号或用户名”不能超过 64 个字符，已忽略。',
      '“起始日期”不是有效日期（例如 2026-03-01），已忽略。',
      '“截止日期”不是有效日期（例如 2026-03-01），已忽略。',
    ]);
  });

  it('drops a reversed date range with a message', () => {
    const r = parseAuditFilters({ from: '2026-04-01', to: '2026-03-01' });
    expect(r.filters.from + r.filters.to).toBe('');
    expect(r.problems).toEqual(['起始日期晚于截止日期，已忽略日期条件。']);
  });
});

describe('auditFilterParams', () => {
  it('keeps only the filters that are set', () => {
    expect(auditFilterParams({ who: '', action: 'auth.sign_in', subject: '', from: '2026-01-01', to: '' })).toEqual({ action: 'auth.sign_in', from: '2026-01-01' });
  });
});

describe('chinaDayStartIso', () => {
  it('is midnight in China, 16:00 UTC the day before', () => {
    expect(chinaDayStartIso('2026-03-01')).toBe('2026-02-28T16:00:00.000Z');
  });
});
