import { describe, expect, it } from 'vitest';
import { defaultTemplate } from './default-templates';
import { LETTER_TYPES, availableFields, letterType, mandatoryFields } from './letter-types';
import { renderTemplate, renderText, validateTemplate } from './template';
import { letterValues, type LetterAgencyFacts, type LetterCaseFacts } from './values';

// LETTERS.md §3: procedural notices state no remedy (R0) unless the agency's setting adds R1.
// Each procedural letter is written from its default template, with the setting off and on.

const CASE: LetterCaseFacts = { caseNo: '2026-0001', applicantName: '张三', address: null, receivedOn: '2026-03-02', channel: 'post', content: '2025年度行政处罚决定书目录', replyDueOn: '2026-03-30' };
const AGENCY = { agencyName: '示例市人力资源和社会保障局', agencyShortName: '示人社', reconsiderationBody: '示例市人民政府', courtName: '', contact: '0571-12345678' };
const CLERK = { 补正内容: '请写明所需信息的年份', 补正期限: '15', 征求意见对象: '某公司', 征求意见事项: '合同附件', 延期天数: '20', 延期理由: '需要调取档案', 计收方式: '按件计收', 计收数量: '11', 缴费方式: '银行转账' };
const PROCEDURAL = LETTER_TYPES.filter((t) => t.kind !== 'reply');
const TO_APPLICANT = PROCEDURAL.filter((t) => !['consultation.third_party', 'consultation.agency'].includes(t.key));
const R1 = (subject: string) =>
  `如对${subject}不服，可以自收到${subject}之日起六十日内向示例市人民政府申请行政复议，或者自收到${subject}之日起六个月内依法向人民法院提起行政诉讼。`;
const SUBJECT: Record<string, string> = { receipt: '本回执', correction: '本告知书', 'consultation.applicant': '本告知书', extension: '本告知书', fee: '本通知书' };

function letter(key: string, proceduralRemedy: boolean) {
  const type = letterType(key)!;
  const agency: LetterAgencyFacts = { ...AGENCY, proceduralRemedy };
  const values = letterValues(type, CASE, agency, CLERK, { extendedDueOn: '2026-04-28' });
  return renderTemplate(type, defaultTemplate(key)!, values, agency);
}

describe('the remedy statement in procedural notices', () => {
  it('covers the five procedural kinds, the consultation variants included', () => {
    expect(new Set(PROCEDURAL.map((t) => t.kind))).toEqual(new Set(['receipt', 'correction', 'consultation', 'extension', 'fee']));
    expect(TO_APPLICANT.map((t) => t.key)).toEqual(['receipt', 'correction', 'consultation.applicant', 'extension', 'fee']);
  });

  it.each(PROCEDURAL.map((t) => [t.key]))('%s: setting off, no remedy text and no empty paragraph', (key) => {
    const { body, missing } = letter(key, false);
    expect(missing).toEqual([]);
    expect(body).not.toMatch(/行政复议|行政诉讼|不服/);
    expect(body.split('\n').every((line) => line.trim() !== '')).toBe(true);
  });

  it.each(TO_APPLICANT.map((t) => [t.key]))('%s: setting on, states R1 naming the 复议机关, as its own paragraph before the closing', (key) => {
    const lines = letter(key, true).body.split('\n');
    const at = lines.indexOf(R1(SUBJECT[key]));
    expect(at).toBeGreaterThan(1);
    expect(lines.slice(at + 1).every((l) => /^(联系方式：|特此)/.test(l))).toBe(true);
    expect(lines.join('\n')).not.toContain('应当先');
  });

  it('never in a letter to a third party or another agency', () => {
    for (const key of ['consultation.third_party', 'consultation.agency']) expect(letter(key, true).body).not.toMatch(/行政复议|行政诉讼/);
  });

  it('lets procedural templates use {救济途径}, and requires it only while the setting is on', () => {
    const correction = letterType('correction')!;
    expect(availableFields(correction)).toContain('救济途径');
    expect(mandatoryFields(correction, { proceduralRemedy: false })).not.toContain('救济途径');
    expect(mandatoryFields(correction, { proceduralRemedy: true })).toContain('救济途径');
    const without = { title: '补正告知书', body: defaultTemplate('correction')!.body.replace('{救济途径}\n', '') };
    expect(validateTemplate(correction, without, { proceduralRemedy: false })).toEqual({});
    expect(validateTemplate(correction, without, { proceduralRemedy: true }).body).toEqual(['缺少必备字段“{救济途径}”：补正告知书必须包含这项内容。']);
    expect(availableFields(letterType('consultation.agency')!)).not.toContain('救济途径');
  });

  it('leaves out a line whose fields print nothing and whose words are only a label', () => {
    const none = new Set<string>();
    expect(renderText('甲\n{救济途径}\n救济途径：{救济途径}\n特此告知。', { 救济途径: '' }, none).text).toBe('甲\n特此告知。');
    // A line with words of its own stays, as does a line whose field prints.
    expect(renderText('地址：{申请人地址}。谢谢\n{救济途径}', { 救济途径: '如对本告知书不服……' }, none).text).toBe('地址：。谢谢\n如对本告知书不服……');
  });
});
