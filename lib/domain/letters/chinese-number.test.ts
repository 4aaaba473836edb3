import { describe, expect, it } from 'vitest';
import { chineseNumber } from './chinese-number';
import { articleText, formatBasis, ogi } from './legal-basis';

describe('article numbers in Chinese numerals', () => {
  it.each([
    [1, '一'],
    [2, '二'],
    [10, '十'],
    [14, '十四'],
    [16, '十六'],
    [20, '二十'],
    [36, '三十六'],
    [42, '四十二'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
  ])('%i → %s', (n, text) => expect(chineseNumber(n)).toBe(text));

  it('refuses numbers outside 1–999', () => {
    expect(() => chineseNumber(0)).toThrow(RangeError);
    expect(() => chineseNumber(1.5)).toThrow(RangeError);
  });

  it('prints article, paragraph and item the way the law is cited', () => {
    expect(articleText(ogi(36, { item: 3 }))).toBe('第三十六条第（三）项');
    expect(articleText(ogi(16, { paragraph: 2 }))).toBe('第十六条第二款');
    expect(formatBasis([ogi(14), ogi(36, { item: 3 }), ogi(14)])).toBe('《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项');
  });
});
