import { describe, expect, it } from 'vitest';
import { intParam, keptParams, pageParam, textParam } from './search-params';

describe('query parameters', () => {
  it('a parameter given several times is read as its first value', () => {
    expect(textParam({ q: ['甲', '乙'] }, 'q')).toBe('甲');
    expect(textParam({ q: '甲' }, 'q')).toBe('甲');
    expect(textParam({}, 'q')).toBeUndefined();
    expect(textParam({ q: [] }, 'q')).toBeUndefined();
    expect(textParam({ q: 'x'.repeat(500) }, 'q')).toHaveLength(200);
  });

  it('a page number is a positive whole number, otherwise the first page', () => {
    expect(pageParam({ page: '3' })).toBe(3);
    expect(pageParam({ page: ['2', '9'] })).toBe(2);
    for (const bad of ['abc', '-1', '0', '1.5', '1e3', '', ' 2', '99999999999999999999', '0x10']) expect([bad, pageParam({ page: bad })]).toEqual([bad, 1]);
    expect(pageParam({})).toBe(1);
  });

  it('a number within its range, or nothing', () => {
    expect(intParam({ year: '2024' }, 'year', { min: 2000, max: 2100 })).toBe(2024);
    expect(intParam({ year: '1999' }, 'year', { min: 2000, max: 2100 })).toBeUndefined();
    expect(intParam({ year: 'twenty' }, 'year', { min: 2000, max: 2100 })).toBeUndefined();
  });

  it('keeps the filters that have a value, each once', () => {
    expect(keptParams({ q: ['a', 'b'], status: '', sort: 'due', other: 'x' }, ['q', 'status', 'sort'])).toEqual({ q: 'a', sort: 'due' });
  });
});
