import { describe, expect, it } from 'vitest';
import { clashingPatterns, DEFAULT_DOC_NO_PATTERNS, docNoPatternProblem, formatDocNo } from './doc-number';

describe('文号 patterns', () => {
  it('prints the number as the pattern says: plain or zero-padded', () => {
    expect(formatDocNo('{机关简称}依复〔{YYYY}〕{N}号', { shortName: '示人社', year: 2024, seq: 12 })).toBe('示人社依复〔2024〕12号');
    expect(formatDocNo('{机关代字}依复〔{YYYY}〕第{NNN}号', { shortName: '示人社', year: 2024, seq: 12 })).toBe('示人社依复〔2024〕第012号');
    expect(formatDocNo('依复〔{YYYY}〕{NN}号', { shortName: '', year: 2024, seq: 123 })).toBe('依复〔2024〕123号');
  });

  it('accepts the defaults and refuses what cannot number', () => {
    for (const p of Object.values(DEFAULT_DOC_NO_PATTERNS)) expect(docNoPatternProblem(p)).toBeNull();
    expect(docNoPatternProblem('')).toBe('请填写文号规则。');
    expect(docNoPatternProblem('依复〔{YYYY}〕号')).toMatch(/恰好包含一个序号/);
    expect(docNoPatternProblem('依复〔{YYYY}〕{N}号{N}')).toMatch(/恰好包含一个序号/);
    expect(docNoPatternProblem('{单位}依复〔{YYYY}〕{N}号')).toBe('不认识的占位符：{单位}。可用 {机关简称}、{YYYY}、{N} 和 {NNN}。');
    expect(docNoPatternProblem('依复〔{YYYY〕{N}号')).toMatch(/不成对的大括号/);
    expect(docNoPatternProblem('依复 {N}号')).toMatch(/空格/);
  });

  it('finds two kinds numbered from the same pattern, which would repeat numbers', () => {
    expect(clashingPatterns(DEFAULT_DOC_NO_PATTERNS, '示人社')).toBeNull();
    expect(clashingPatterns({ ...DEFAULT_DOC_NO_PATTERNS, fee: '{机关简称}依复〔{YYYY}〕{NNN}号' }, '示人社')).toEqual(['fee', 'reply']);
  });
});
