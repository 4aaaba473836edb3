import { describe, expect, it } from 'vitest';
import { checkHandlerFilter, handlerOptionLabel, pageBeyondProblem, readListAddress, yearOptions } from './list-address';
import { exportNotice, listAfterExport } from './export-notices';

describe('reading the whole address of the case list', () => {
  it('reads filters, page and cursors without a word when all is well', () => {
    expect(readListAddress({ status: 'overdue', handler: 'me', page: '3', after: 'abc' })).toEqual({
      filters: { status: 'overdue', handler: 'me' },
      page: 3,
      after: 'abc',
      before: undefined,
      notice: undefined,
      problems: [],
    });
    expect(readListAddress({ q: '', page: '' })).toMatchObject({ filters: {}, page: 1, problems: [] });
  });

  it('names a page it cannot read and shows the first', () => {
    for (const page of ['abc', '-3', '0', '1.5', '99999999999999999']) {
      expect(readListAddress({ page })).toMatchObject({ page: 1, problems: [`页码“${page}”无法识别，已显示第 1 页。`] });
    }
    expect(readListAddress({ page: '99999' }).page).toBe(99999);
  });

  it('says when a page beyond the last is shown as the last, unless a cursor led there', () => {
    expect(pageBeyondProblem(99999, 7, 7)).toBe('没有第 99999 页（共 7 页），已显示第 7 页。');
    expect(pageBeyondProblem(7, 7, 7)).toBeNull();
    expect(pageBeyondProblem(3, 7, 3)).toBeNull();
  });

  it('uses the first of a repeated parameter and says so; the same value twice is no problem', () => {
    const { filters, problems } = readListAddress({ status: ['overdue', 'paused'], type: ['commercial', 'commercial'] });
    expect(filters).toEqual({ status: 'overdue', type: 'commercial' });
    expect(problems).toEqual(['状态给出了多个值，已按第一个值“overdue”处理。']);
  });

  it('names unknown and array-style parameters instead of showing the whole register in silence', () => {
    const { filters, problems } = readListAddress({ stauts: 'overdue', 'outcome[]': 'x', handler: 'none' });
    expect(filters).toEqual({ handler: 'none' });
    expect(problems).toEqual(['地址中的条件“stauts”无法识别，已忽略。', '地址中的条件“outcome[]”无法识别，已忽略。']);
  });

  it('searches the first 200 characters of an overlong text, saying so', () => {
    const { filters, problems } = readListAddress({ q: '拆'.repeat(250) });
    expect(filters.q).toBe('拆'.repeat(200));
    expect(problems).toEqual(['“关键词”不能超过 200 个字符，已按前 200 个字符查找。']);
  });

  it('ignores text that could not be decoded (a cut-off %-escape) instead of searching for it', () => {
    const { filters, problems } = readListAddress({ q: '\uFFFD%A', status: 'overdue' });
    expect(filters).toEqual({ status: 'overdue' });
    expect(problems).toEqual(['关键词无法读取（地址中的文字编码有误，链接可能被截断），已忽略这个条件。']);
    expect(readListAddress({ page: '\uFFFD' }).problems).toEqual(['页码无法读取（地址中的文字编码有误，链接可能被截断），已显示第 1 页。']);
  });

  it('reads 答复年度 like 收到年度', () => {
    expect(readListAddress({ replied: '2026', status: 'closed_late' }).filters).toEqual({ replied: 2026, status: 'closed_late' });
    expect(readListAddress({ replied: '26' }).problems).toEqual(['答复年度“26”无法识别，已忽略这个条件。']);
  });

  it('shows what a refused export says, and names a code it never writes', () => {
    expect(readListAddress({ export: 'nothing' })).toMatchObject({ notice: exportNotice('nothing'), problems: [] });
    expect(readListAddress({ export: 'boom' })).toMatchObject({ notice: undefined, problems: ['导出结果“boom”无法识别，已忽略。'] });
  });
});

describe('the handler and year selects agree with the filter', () => {
  const options = [
    { id: 3, displayName: '张三', active: false },
    { id: 4, displayName: '李四', active: true },
  ];

  it('keeps a handler the select offers, a departed one too, labelled 已停用', () => {
    expect(checkHandlerFilter({ handler: '3', status: 'open' }, options)).toEqual({ filters: { handler: '3', status: 'open' }, problem: null });
    expect(options.map(handlerOptionLabel)).toEqual(['张三（已停用）', '李四']);
    expect(checkHandlerFilter({ handler: 'me' }, []).problem).toBeNull();
  });

  it('ignores an id that is no handler, with a message', () => {
    expect(checkHandlerFilter({ handler: '99999', status: 'open' }, options)).toEqual({
      filters: { status: 'open' },
      problem: '承办人“99999”不存在或从未承办申请，已忽略这个条件。',
    });
  });

  it('offers the asked year even when the register has no case in it', () => {
    expect(yearOptions([2026, 2025], 2999, undefined)).toEqual([2999, 2026, 2025]);
    expect(yearOptions([2026, 2025], 2025)).toEqual([2026, 2025]);
  });
});

describe('the list after a refused export', () => {
  it('keeps the list’s filters and adds the code', () => {
    expect(listAfterExport('status=overdue&handler=me', 'nothing')).toBe('/cases?status=overdue&handler=me&export=nothing');
    expect(listAfterExport('export=old&q=a', 'filters')).toBe('/cases?export=filters&q=a');
    expect(listAfterExport('', 'bad')).toBe('/cases?export=bad');
  });
});
