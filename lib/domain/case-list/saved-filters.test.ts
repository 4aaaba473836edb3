import { describe, expect, it } from 'vitest';
import { defaultSavedFilters, savedFilterNameProblem } from './saved-filters';
import { parseFilterQuery } from './list-filters';

describe('saved filters', () => {
  it('the defaults are filters the list understands; "我的" ones only for those who handle cases', () => {
    for (const role of ['clerk', 'supervisor', 'admin'] as const) {
      for (const f of defaultSavedFilters(role)) expect(parseFilterQuery(f.query).ok, `${role} ${f.name}`).toBe(true);
    }
    expect(defaultSavedFilters('clerk').map((f) => f.name)).toEqual(expect.arrayContaining(['我的超期', '本周到期']));
    expect(defaultSavedFilters('admin').some((f) => f.name.startsWith('我的'))).toBe(false);
  });

  it('a name must be given, short, and not yet used', () => {
    expect(savedFilterNameProblem('', [])).toBe('请为筛选起一个名称。');
    expect(savedFilterNameProblem('长'.repeat(21), [])).toBe('名称不能超过 20 个字。');
    expect(savedFilterNameProblem('我的超期', ['我的超期'])).toBe('已有名为“我的超期”的筛选，请换一个名称。');
    expect(savedFilterNameProblem('拆迁类', ['我的超期'])).toBeNull();
  });
});
