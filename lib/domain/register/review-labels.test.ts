import { describe, expect, it } from 'vitest';
import { parseReviewKind, parseReviewResult } from './review-labels';

const value = <T>(p: { ok: true; value: T } | { ok: false; error: string }) => (p.ok ? p.value : p.error);

describe('review labels', () => {
  it('reads kinds by label, code or with the 行政诉讼 heading', () => {
    expect(value(parseReviewKind('行政复议'))).toBe('reconsideration');
    expect(value(parseReviewKind('未经复议直接起诉'))).toBe('litigation_direct');
    expect(value(parseReviewKind('复议后起诉'))).toBe('litigation_after_reconsideration');
    expect(value(parseReviewKind('litigation_direct'))).toBe('litigation_direct');
    expect(value(parseReviewKind('行政诉讼／复议后起诉'))).toBe('litigation_after_reconsideration');
    expect(value(parseReviewKind('行政诉讼（未经复议直接起诉）'))).toBe('litigation_direct');
    expect(value(parseReviewKind('诉讼'))).toContain('可填：行政复议、未经复议直接起诉、复议后起诉');
  });

  it('reads results in short, long and code form; empty or 尚未审结 is no result', () => {
    expect(['维持', '结果维持', 'upheld', '纠正', '结果纠正', 'corrected', '其他', '其他结果', 'other'].map((s) => value(parseReviewResult(s)))).toEqual([
      'upheld',
      'upheld',
      'upheld',
      'corrected',
      'corrected',
      'corrected',
      'other',
      'other',
      'other',
    ]);
    expect(value(parseReviewResult(''))).toBe(null);
    expect(value(parseReviewResult('尚未审结'))).toBe(null);
    expect(value(parseReviewResult('驳回'))).toContain('无法识别的结果“驳回”');
  });
});
