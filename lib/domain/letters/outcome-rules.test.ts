import { describe, expect, it } from 'vitest';
import { OUTCOME_CODES } from '../categories';
import { formatBasis } from './legal-basis';
import { OUTCOME_RULES } from './outcome-rules';
import { LETTER_TYPES, replyType } from './letter-types';
import { basisOf, remedyKindOf } from './values';

const OFF = { proceduralRemedy: false };

// LETTERS.md §2–3 as a table: the basis each outcome cites, its remedy and the clerk fields its
// answer needs. Written out here so that a change to the product's table shows up as a diff.
const OGI = '《中华人民共和国政府信息公开条例》';
const TABLE: Record<string, { basis: string; remedy: 'R1' | 'R2' | 'by_parts'; required: string[] }> = {
  disclosed: { basis: `${OGI}第三十六条第（二）项、第四十条`, remedy: 'R1', required: ['提供方式'] },
  partial: { basis: `${OGI}第三十七条、第三十六条第（二）项`, remedy: 'by_parts', required: ['提供的信息', '提供方式', '不予提供的内容'] },
  'withheld.state_secret': { basis: `${OGI}第十四条、第三十六条第（三）项`, remedy: 'R2', required: [] },
  'withheld.law_prohibited': { basis: `${OGI}第十四条、第三十六条第（三）项`, remedy: 'R2', required: ['禁止公开的法律规定'] },
  'withheld.security_stability': { basis: `${OGI}第十四条、第三十六条第（三）项`, remedy: 'R2', required: ['危及事项', '危及理由'] },
  'withheld.third_party': { basis: `${OGI}第十五条、第三十二条、第三十六条第（三）项`, remedy: 'R2', required: ['第三方意见情况'] },
  'withheld.internal_affairs': { basis: `${OGI}第十六条第一款、第三十六条第（三）项`, remedy: 'R2', required: ['内部事务类别'] },
  'withheld.process_info': { basis: `${OGI}第十六条第二款、第三十六条第（三）项`, remedy: 'R2', required: ['过程性信息类别'] },
  'withheld.enforcement_file': { basis: `${OGI}第十六条第二款、第三十六条第（三）项`, remedy: 'R2', required: [] },
  'withheld.inquiry_matter': { basis: `${OGI}第三十六条第（七）项`, remedy: 'R1', required: ['查询途径'] },
  'unavailable.not_held': { basis: `${OGI}第三十六条第（四）项`, remedy: 'R1', required: [] },
  'unavailable.needs_creation': { basis: `${OGI}第三十八条`, remedy: 'R1', required: [] },
  'unavailable.still_unclear': { basis: `${OGI}第二十九条第（二）项、第三十条`, remedy: 'R1', required: ['补正告知书文号', '补正告知日期'] },
  'not_processed.petition': { basis: `${OGI}第三十九条第一款`, remedy: 'R1', required: ['处理渠道'] },
  'not_processed.duplicate': { basis: `${OGI}第三十六条第（六）项`, remedy: 'R1', required: ['原答复文号', '原答复日期'] },
  'not_processed.publication': { basis: `${OGI}第三十九条第二款`, remedy: 'R1', required: ['出版物获取途径'] },
  'not_processed.mass_repeated': { basis: `${OGI}第三十五条`, remedy: 'R1', required: ['说明理由情况'] },
  'not_processed.confirm_or_reissue': { basis: `${OGI}第二条、第三十八条`, remedy: 'R1', required: ['受理部门'] },
  'other.no_correction': { basis: `${OGI}第三十条`, remedy: 'R1', required: ['补正告知日期'] },
  'other.fee_unpaid': { basis: `${OGI}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）`, remedy: 'R1', required: ['收费通知日期'] },
  'other.other': { basis: '', remedy: 'R1', required: ['处理情况'] },
};

describe('the outcome table', () => {
  it('has a rule for exactly the 21 outcomes of categories.json', () => {
    expect(Object.keys(OUTCOME_RULES).sort()).toEqual([...OUTCOME_CODES].sort());
    expect(Object.keys(TABLE).sort()).toEqual([...OUTCOME_CODES].sort());
  });

  it.each(OUTCOME_CODES)('%s: basis, remedy and required fields as LETTERS.md says', (code) => {
    const rule = OUTCOME_RULES[code];
    const main = rule.variants[0];
    expect(main.key).toBe('');
    expect(main.basis.length ? formatBasis(main.basis) : '').toBe(TABLE[code].basis);
    expect(rule.remedy).toBe(TABLE[code].remedy);
    expect(main.required).toEqual(TABLE[code].required);
    const type = replyType(code)!;
    expect(type).toMatchObject({ kind: 'reply', outcome: code });
    expect(basisOf(type, {})).toBe(TABLE[code].basis);
  });

  it('has the answer variants LETTERS.md names: 36(一) for published information, 36(五) for another agency', () => {
    expect(formatBasis(replyType('disclosed', 'proactive')!.basis)).toBe(`${OGI}第三十六条第（一）项、第四十条`);
    const otherAgency = replyType('unavailable.not_held', 'other_agency')!;
    expect(formatBasis(otherAgency.basis)).toBe(`${OGI}第三十六条第（五）项`);
    expect(otherAgency.required).toEqual(['不属于本机关的理由']);
    expect(otherAgency.optional).toEqual(['负责公开的机关', '负责机关联系方式']);
  });

  it('decides the remedy of a partial letter by its withheld parts', () => {
    const partial = replyType('partial')!;
    const part = (ground: string) => ({ content: 'x', ground, reason: '' });
    expect(remedyKindOf(partial, { 不予提供的内容: [part('not_held')] as never }, OFF)).toBe('R1');
    expect(remedyKindOf(partial, { 不予提供的内容: [part('needs_creation'), part('process_info')] as never }, OFF)).toBe('R2');
    expect(basisOf(partial, { 不予提供的内容: [part('third_party')] as never })).toBe(`${OGI}第三十七条、第三十六条第（二）项、第十五条、第三十六条第（三）项`);
  });

  it('gives procedural notices no remedy statement unless the agency adds R1, and their own basis', () => {
    const byKey = Object.fromEntries(LETTER_TYPES.filter((t) => t.kind !== 'reply').map((t) => [t.key, t]));
    for (const t of Object.values(byKey)) expect(remedyKindOf(t, {}, OFF)).toBe('R0');
    // Letters to a third party or another agency decide nothing against them: never a remedy.
    for (const t of Object.values(byKey)) expect([t.key, remedyKindOf(t, {}, { proceduralRemedy: true })]).toEqual([t.key, t.kind === 'consultation' && t.variant !== 'applicant' ? 'R0' : 'R1']);
    expect(formatBasis(byKey.correction.basis)).toBe(`${OGI}第三十条`);
    expect(formatBasis(byKey['consultation.third_party'].basis)).toBe(`${OGI}第三十二条`);
    expect(formatBasis(byKey['consultation.agency'].basis)).toBe(`${OGI}第三十四条`);
    expect(formatBasis(byKey['consultation.applicant'].basis)).toBe(`${OGI}第三十三条第三款`);
    expect(formatBasis(byKey.extension.basis)).toBe(`${OGI}第三十三条第二款`);
    expect(formatBasis(byKey.fee.basis)).toBe(`${OGI}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）`);
    expect(formatBasis(byKey.receipt.basis)).toBe(`${OGI}第三十一条、第四十五条`);
  });
});
