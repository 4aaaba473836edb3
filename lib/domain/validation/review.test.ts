import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { reviewDateProblems, reviewDecisionSchema, reviewFieldsSchema } from './review';

const base = { filedOn: '2023-03-20', decidedOn: null, result: null, caseReceivedOn: '2023-01-19', today: '2023-12-31' } as const;

describe('review records', () => {
  it('parses a pending record and a decided one', () => {
    expect(reviewFieldsSchema.parse({ caseNo: '', kind: 'reconsideration', filedOn: '2023-03-20', result: '', decidedOn: '', notes: '' })).toEqual({
      caseNo: null,
      kind: 'reconsideration',
      filedOn: '2023-03-20',
      result: null,
      decidedOn: null,
      notes: null,
    });
    expect(reviewDecisionSchema.parse({ result: 'upheld', decidedOn: '2023-05-18', version: '2' })).toMatchObject({ result: 'upheld', decidedOn: '2023-05-18', version: 2 });
  });

  it('names the field of a bad kind, date or result in Chinese', () => {
    const r = reviewFieldsSchema.safeParse({ kind: 'appeal', filedOn: '2023-02-30', result: 'won', decidedOn: 'x' });
    expect(r.success).toBe(false);
    const fields = z.flattenError(r.error!).fieldErrors;
    expect(fields.kind?.[0]).toContain('请选择类型');
    expect(fields.filedOn?.[0]).toContain('收到日期不是有效日期');
    expect(fields.result?.[0]).toContain('请选择有效的结果');
    expect(fields.decidedOn?.[0]).toContain('审结日期不是有效日期');
  });

  it('accepts consistent dates', () => {
    expect(reviewDateProblems(base)).toEqual({});
    expect(reviewDateProblems({ ...base, decidedOn: '2023-03-20', result: 'corrected' })).toEqual({});
    expect(reviewDateProblems({ ...base, caseReceivedOn: null, filedOn: '2022-01-01' })).toEqual({});
  });

  it('refuses future dates, a filing before the case, a decision before the filing, and a half decision', () => {
    expect(reviewDateProblems({ ...base, filedOn: '2024-01-01' }).filedOn).toEqual(['收到日期不能晚于今天（2023年12月31日）。']);
    expect(reviewDateProblems({ ...base, filedOn: '2023-01-18' }).filedOn).toEqual(['收到日期不能早于所关联申请的收到日期（2023年1月19日）。']);
    expect(reviewDateProblems({ ...base, decidedOn: '2023-03-19', result: 'upheld' }).decidedOn).toEqual(['审结日期不能早于收到日期（2023年3月20日）。']);
    expect(reviewDateProblems({ ...base, decidedOn: '2024-01-02', result: 'upheld' }).decidedOn).toEqual(['审结日期不能晚于今天（2023年12月31日）。']);
    expect(reviewDateProblems({ ...base, decidedOn: '2023-05-18' }).result?.[0]).toContain('请同时选择结果');
    expect(reviewDateProblems({ ...base, result: 'other' }).decidedOn?.[0]).toContain('请同时填写审结日期');
  });
});
