import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_NO_PATTERN, caseNoParts, casePatternProblem, nextCaseNo, sequenceOf } from './case-number';

const SEQ_MESSAGE = '编号规则必须恰好包含一个序号占位符，例如 {####}。';

describe('caseNoParts', () => {
  it.each([
    ['{YYYY}-{####}', '2024-09-27', { prefix: '2024-', suffix: '', width: 4 }],
    ['HRSS-{YY}{MM}-{###}', '2024-09-27', { prefix: 'HRSS-2409-', suffix: '', width: 3 }],
    ['依申〔{YYYY}〕{##}号', '2025-01-02', { prefix: '依申〔2025〕', suffix: '号', width: 2 }],
    ['{####}/{YYYY}', '2024-12-31', { prefix: '', suffix: '/2024', width: 4 }],
    ['  {YYYY}-{####}  ', '2024-01-01', { prefix: '2024-', suffix: '', width: 4 }],
  ])('%s on %s', (pattern, date, parts) => {
    expect(caseNoParts(pattern, date)).toEqual(parts);
  });

  it('refuses a pattern without a sequence', () => {
    expect(() => caseNoParts('{YYYY}-', '2024-01-01')).toThrow(/invalid case number pattern/);
  });
});

describe('sequenceOf', () => {
  const parts = { prefix: '依申〔2024〕', suffix: '号' };
  it('reads the digits between prefix and suffix', () => {
    expect(sequenceOf('依申〔2024〕07号', parts)).toBe(7);
    expect(sequenceOf('依申〔2024〕123号', parts)).toBe(123);
  });
  it.each(['依申〔2023〕07号', '依申〔2024〕07', '依申〔2024〕号', '依申〔2024〕0a号', '依申〔2024〕-1号', '依申〔2024〕1.5号'])(
    'returns null for %s',
    (no) => expect(sequenceOf(no, parts)).toBeNull(),
  );
});

describe('nextCaseNo', () => {
  it('starts at 1, padded to the width, when nothing exists', () => {
    expect(nextCaseNo(DEFAULT_CASE_NO_PATTERN, '2024-09-27', [])).toBe('2024-0001');
    expect(nextCaseNo('HRSS-{YY}{MM}-{###}', '2024-09-27', [])).toBe('HRSS-2409-001');
    expect(nextCaseNo('依申〔{YYYY}〕{##}号', '2024-09-27', [])).toBe('依申〔2024〕01号');
  });

  it('follows the highest number, not the count, so gaps are not refilled', () => {
    expect(nextCaseNo('{YYYY}-{####}', '2024-09-27', ['2024-0001', '2024-0007', '2024-0003'])).toBe('2024-0008');
  });

  it('ignores numbers of other years and of other patterns', () => {
    const existing = ['2023-0950', '2025-0002', 'HRSS-2024-0400', '2024-0012', '2024-0013-补', '2024-00x9', 'X2024-0500'];
    expect(nextCaseNo('{YYYY}-{####}', '2024-03-01', existing)).toBe('2024-0013');
  });

  it('starts again each month for a pattern with {YY}{MM}', () => {
    const existing = ['HRSS-2408-031', 'HRSS-2409-004', 'HRSS-2409-002', 'HRSS-2509-090'];
    expect(nextCaseNo('HRSS-{YY}{MM}-{###}', '2024-09-30', existing)).toBe('HRSS-2409-005');
    expect(nextCaseNo('HRSS-{YY}{MM}-{###}', '2024-10-01', existing)).toBe('HRSS-2410-001');
  });

  it('reads a sequence that sits before a suffix', () => {
    const existing = ['依申〔2024〕07号', '依申〔2024〕12号', '依申〔2023〕40号', '依申〔2024〕12'];
    expect(nextCaseNo('依申〔{YYYY}〕{##}号', '2024-05-01', existing)).toBe('依申〔2024〕13号');
  });

  it('grows past the width instead of wrapping', () => {
    expect(nextCaseNo('{YYYY}-{####}', '2024-12-31', ['2024-9999'])).toBe('2024-10000');
    expect(nextCaseNo('依申〔{YYYY}〕{##}号', '2024-12-31', ['依申〔2024〕99号'])).toBe('依申〔2024〕100号');
  });

  it('keeps counting after a number that already overflowed the width', () => {
    expect(nextCaseNo('{YYYY}-{####}', '2024-12-31', ['2024-9999', '2024-10000', '2024-0005'])).toBe('2024-10001');
  });

  it('uses the date it is given for {YYYY}, {YY} and {MM}', () => {
    expect(nextCaseNo('{YY}/{MM}/{YYYY}-{#}', '2031-02-28', [])).toBe('31/02/2031-1');
  });
});

describe('casePatternProblem', () => {
  it.each(['{YYYY}-{####}', 'HRSS-{YY}{MM}-{###}', '依申〔{YYYY}〕{##}号', '{####}', 'A{#}', '  {YYYY}-{####}  '])('accepts %s', (p) => {
    expect(casePatternProblem(p)).toBeNull();
  });

  it.each(['', '   '])('asks for a pattern when it is empty (%j)', (p) => {
    expect(casePatternProblem(p)).toBe('请填写编号规则。');
  });

  it.each(['{YYYY}-', 'HRSS-{YY}{MM}', '{YYYY}-{####}-{##}', '{##}{##}', '{YYYY}-#### '])('needs exactly one sequence: %j', (p) => {
    expect(casePatternProblem(p)).toBe(SEQ_MESSAGE);
  });

  it.each(['{YYYY} {####}', '{YYYY}-\t{####}', '依申 〔{YYYY}〕{##}号', '{YYYY}\u3000{####}'])('refuses whitespace inside: %j', (p) => {
    expect(casePatternProblem(p)).toBe('编号规则不能包含空格。');
  });

  it.each(['{YYYY-{####}', '{YYYY}-{####}}', 'A}{####}'])('refuses stray braces: %j', (p) => {
    expect(casePatternProblem(p)).toBe('编号规则中有不成对的大括号，请检查 { 和 }。');
  });

  it('names every unknown token', () => {
    expect(casePatternProblem('{YYYY}-{DD}-{####}')).toBe('不认识的占位符：{DD}。可用 {YYYY}、{YY}、{MM} 和 {####}。');
    expect(casePatternProblem('{yyyy}{M}-{####}{}')).toBe('不认识的占位符：{yyyy}、{M}、{}。可用 {YYYY}、{YY}、{MM} 和 {####}。');
  });

  it('limits the length to 40 characters', () => {
    const fortyOne = 'A'.repeat(35) + '{####}';
    expect(fortyOne).toHaveLength(41);
    expect(casePatternProblem(fortyOne)).toBe('编号规则不能超过 40 个字符。');
    expect(casePatternProblem(fortyOne.slice(1))).toBeNull();
  });
});
