import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { settingsSchema } from './settings';

const VALID = { agencyName: '杭州市人力资源和社会保障局', caseNoPattern: 'HRSS-{YY}{MM}-{###}', dueSoonDays: '5' };

function fieldErrors(input: Record<string, unknown>) {
  const r = settingsSchema.safeParse(input);
  if (r.success) throw new Error('expected a validation failure');
  return z.flattenError(r.error).fieldErrors as Record<string, string[] | undefined>;
}

describe('settingsSchema', () => {
  it('accepts valid settings and converts the days to a number', () => {
    expect(settingsSchema.parse(VALID)).toEqual({ ...VALID, dueSoonDays: 5 });
  });

  it.each(['{YYYY}-{####}', '依申〔{YYYY}〕{##}号', ' {YYYY}-{####} '])('accepts the pattern %j', (caseNoPattern) => {
    expect(settingsSchema.parse({ ...VALID, caseNoPattern }).caseNoPattern).toBe(caseNoPattern.trim());
  });

  it.each([
    ['{YYYY}-', '编号规则必须恰好包含一个序号占位符，例如 {####}。'],
    ['{####}-{####}', '编号规则必须恰好包含一个序号占位符，例如 {####}。'],
    ['{YYYY} {####}', '编号规则不能包含空格。'],
    ['{YYYY}-{DD}-{####}', '不认识的占位符：{DD}。可用 {YYYY}、{YY}、{MM} 和 {####}。'],
    ['', '请填写编号规则。'],
  ])('refuses the pattern %j', (caseNoPattern, message) => {
    expect(fieldErrors({ ...VALID, caseNoPattern })).toEqual({ caseNoPattern: [message] });
  });

  it('refuses a pattern longer than 40 characters', () => {
    expect(fieldErrors({ ...VALID, caseNoPattern: 'A'.repeat(35) + '{####}' }).caseNoPattern?.[0]).toBe('编号规则不能超过 40 个字符。');
  });

  it.each([
    ['1', 1],
    ['20', 20],
    [' 7 ', 7],
  ])('accepts %j due-soon days', (dueSoonDays, n) => {
    expect(settingsSchema.parse({ ...VALID, dueSoonDays }).dueSoonDays).toBe(n);
  });

  it.each([
    ['0', '即将到期提醒天数必须是正整数。'],
    ['-1', '即将到期提醒天数必须是正整数。'],
    ['2.5', '即将到期提醒天数必须是正整数。'],
    ['五', '即将到期提醒天数必须是正整数。'],
    ['', '即将到期提醒天数必须是正整数。'],
    ['21', '即将到期提醒天数不能超过 20。'],
    ['999', '即将到期提醒天数不能超过 20。'],
  ])('refuses %j due-soon days', (dueSoonDays, message) => {
    expect(fieldErrors({ ...VALID, dueSoonDays })).toEqual({ dueSoonDays: [message] });
  });

  it('needs an agency name of at most 100 characters', () => {
    expect(fieldErrors({ ...VALID, agencyName: '' })).toEqual({ agencyName: ['请填写机关名称。'] });
    expect(fieldErrors({ ...VALID, agencyName: '局'.repeat(101) })).toEqual({ agencyName: ['机关名称不能超过 100 个字符。'] });
  });

  it('reports every missing field', () => {
    expect(fieldErrors({})).toEqual({
      agencyName: ['请填写机关名称。'],
      caseNoPattern: ['请填写编号规则。'],
      dueSoonDays: ['请填写即将到期提醒天数。'],
    });
  });
});
