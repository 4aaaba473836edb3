import { describe, expect, it } from 'vitest';
import { filterQuery, parseFilterQuery, readListFilters, type ListFilters } from './list-filters';

const read = (params: Record<string, string>) => readListFilters((field) => params[field]);

describe('reading the list filters from an address', () => {
  it('keeps what it understands', () => {
    expect(read({ q: ' 王五 ', status: 'overdue', type: 'commercial', year: '2025', handler: 'me', outcome: 'partial', due: 'this_week', sort: 'due_asc' })).toEqual({
      filters: { q: ' 王五 ', status: 'overdue', type: 'commercial', year: 2025, handler: 'me', outcome: 'partial', due: 'this_week', sort: 'due_asc' },
      problems: [],
    });
    expect(read({ handler: '12' }).filters).toEqual({ handler: '12' });
  });

  it('ignores each value it does not understand, saying so in Chinese', () => {
    const { filters, problems } = read({ status: 'late', year: '25', handler: 'boss', due: 'soon', sort: 'by_magic', q: '拆迁' });
    expect(filters).toEqual({ q: '拆迁' });
    expect(problems).toEqual([
      '状态“late”无法识别，已忽略这个条件。',
      '收到年度“25”无法识别，已忽略这个条件。',
      '承办人“boss”无法识别，已忽略这个条件。',
      '到期范围“soon”无法识别，已忽略这个条件。',
      '排序方式“by_magic”无法识别，已按收到日期（晚→早）排序。',
    ]);
  });

  it('reads 每页 as one of the offered sizes, and otherwise keeps the default with a message', () => {
    expect(read({ size: '50' })).toEqual({ filters: { size: 50 }, problems: [] });
    expect(read({ size: '100' }).filters).toEqual({ size: 100 });
    for (const size of ['30', '1000', '0', '5e1', '-20']) {
      expect(read({ size }), size).toEqual({ filters: {}, problems: [`每页条数“${size}”无法识别，已按每页 20 条显示。`] });
    }
  });

  it('reads 办理结果 as one code or a group of table 三, and 收到月份 as YYYY-MM', () => {
    expect(read({ outcome: 'withheld', month: '2026-03', replied: '2026' })).toEqual({ filters: { outcome: 'withheld', month: '2026-03', replied: 2026 }, problems: [] });
    expect(read({ outcome: 'withheld.state_secret' }).filters).toEqual({ outcome: 'withheld.state_secret' });
    expect(read({ outcome: 'withheld.*', month: '2026-13' })).toEqual({
      filters: {},
      problems: ['收到月份“2026-13”无法识别，已忽略这个条件。', '办理结果“withheld.*”无法识别，已忽略这个条件。'],
    });
  });

  it('treats empty values as no filter', () => {
    expect(read({ status: '', q: '   ' })).toEqual({ filters: {}, problems: [] });
  });
});

describe('saved filter query strings', () => {
  it('round-trip through filterQuery', () => {
    const filters: ListFilters = { q: '财政 预算&', status: 'open', handler: 'none', sort: 'case_no' };
    const query = filterQuery(filters);
    expect(query).toBe('q=%E8%B4%A2%E6%94%BF+%E9%A2%84%E7%AE%97%26&status=open&handler=none&sort=case_no');
    expect(parseFilterQuery(query)).toEqual({ ok: true, filters });
    expect(parseFilterQuery('')).toEqual({ ok: true, filters: {} });
    expect(filterQuery({ status: 'open', size: 100 })).toBe('status=open&size=100');
    expect(parseFilterQuery('status=open&size=100')).toEqual({ ok: true, filters: { status: 'open', size: 100 } });
    // The chart's links, saved as filters: the month and the outcome group travel like the rest.
    expect(filterQuery({ month: '2026-03', replied: 2026, outcome: 'unavailable' })).toBe('month=2026-03&replied=2026&outcome=unavailable');
    expect(parseFilterQuery('month=2026-03&replied=2026&outcome=unavailable')).toEqual({ ok: true, filters: { month: '2026-03', replied: 2026, outcome: 'unavailable' } });
    expect(parseFilterQuery('month=2026-3')).toEqual({ ok: false, message: '收到月份“2026-3”无法识别。' });
  });

  it('refuse an unknown field', () => {
    expect(parseFilterQuery('status=open&color=red')).toEqual({ ok: false, message: '含有无法识别的条件“color”。' });
    expect(parseFilterQuery('page=3')).toEqual({ ok: false, message: '含有无法识别的条件“page”。' });
  });

  it('refuse a malformed query string', () => {
    for (const query of ['status', '=open', 'status=open&&q=a', 'q=%E4%B8', 'status=open&status=closed', `q=${'x'.repeat(1001)}`]) {
      expect(parseFilterQuery(query), query).toEqual({ ok: false, message: '筛选条件的格式有误，无法读取。' });
    }
  });

  it('refuse a value the list does not understand', () => {
    expect(parseFilterQuery('status=late')).toEqual({ ok: false, message: '状态“late”无法识别。' });
  });
});
