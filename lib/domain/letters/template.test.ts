import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_KEYS, defaultTemplate } from './default-templates';
import { LETTER_TYPES, letterType } from './letter-types';
import { draftProblems, fieldsIn, fillIssueFields, renderTemplate, renderText, validateTemplate } from './template';

const correction = letterType('correction')!;
const OFF = { proceduralRemedy: false };

describe('letter templates', () => {
  it('ships a valid default template for every letter type', () => {
    expect([...DEFAULT_TEMPLATE_KEYS].sort()).toEqual(LETTER_TYPES.map((t) => t.key).sort());
    for (const type of LETTER_TYPES) expect({ key: type.key, errors: validateTemplate(type, defaultTemplate(type.key)!, OFF) }).toEqual({ key: type.key, errors: {} });
  });

  it('finds the fields a text names and unbalanced braces', () => {
    expect(fieldsIn('{申请人}：您于{收到日期}……{申请人}')).toEqual({ names: ['申请人', '收到日期'], braceProblem: null });
    expect(fieldsIn('{申请人：').braceProblem).toMatch(/大括号不成对/);
  });

  it('refuses an unknown field, naming it', () => {
    const t = { title: '补正告知书', body: defaultTemplate('correction')!.body + '\n请联系{经办人电话}' };
    expect(validateTemplate(correction, t, OFF)).toEqual({ body: ['不认识的字段“{经办人电话}”。请使用字段列表中的名称。'] });
  });

  it('refuses a field that would always print empty in this kind of letter', () => {
    const agency = letterType('consultation.agency')!;
    const t = { title: '征求意见函', body: defaultTemplate('consultation.agency')!.body + '\n{救济途径}' };
    expect(validateTemplate(agency, t, { proceduralRemedy: true }).body).toEqual(['字段“{救济途径}”不适用于征求意见函（其他机关），在此文书中总是空白。']);
  });

  it('refuses a template that would leave out a mandatory part, naming the field', () => {
    const reply = letterType('reply.withheld.law_prohibited')!;
    const t = { title: '答复书', body: '{申请人}：\n本机关于{收到日期}收到您的申请：{申请内容}。\n根据{法律依据}，不予公开。\n特此告知。' };
    expect(validateTemplate(reply, t, OFF).body).toEqual([
      `缺少必备字段“{救济途径}”：${reply.label}必须包含这项内容。`,
      `缺少必备字段“{禁止公开的法律规定}”：${reply.label}必须包含这项内容。`,
    ]);
    expect(validateTemplate(correction, { title: '', body: '' }, OFF)).toEqual({ title: ['请填写文书标题。'], body: ['请填写正文。'] });
  });

  it('fills fields; a mandatory one left empty is reported and marked, an optional one prints empty', () => {
    const mandatory = new Set(['补正内容']);
    expect(renderText('地址：{申请人地址}。需补正：{补正内容}', { 申请人地址: '' }, mandatory)).toEqual({ text: '地址：。需补正：【待填写：补正内容】', missing: ['补正内容'] });
  });

  it('keeps 文号 and 成文日期 for the issue, then fills them', () => {
    const { text } = renderText('{文号} {成文日期} {申请人}', { 申请人: '张三' }, new Set());
    expect(text).toBe('{文号} {成文日期} 张三');
    expect(fillIssueFields(text, { docNo: '示人社依补〔2026〕1号', dateText: '2026年3月2日' })).toBe('示人社依补〔2026〕1号 2026年3月2日 张三');
  });

  it('does not double the full stop when the clerk typed one', () => {
    expect(renderText('理由：{危及理由}。', { 危及理由: '涉及供水设施位置。' }, new Set()).text).toBe('理由：涉及供水设施位置。');
  });

  it('renders a whole template and lists every missing mandatory field once', () => {
    const r = renderTemplate(correction, defaultTemplate('correction')!, { 申请人: '张三', 收到日期: '2026年3月2日', 法律依据: '《条例》第三十条' }, OFF);
    expect(r.missing).toEqual(['补正内容', '补正期限']);
    expect(r.body.startsWith('张三：\n')).toBe(true);
  });
});

describe('an edited draft', () => {
  const fixed = [{ label: '救济途径', value: '如对本答复不服，可以……提起行政诉讼。' }];
  it('must keep the legal basis and remedy word for word and leave nothing unfilled', () => {
    expect(draftProblems({ title: '答复书', body: '张三：\n如对本答复不服，可以……提起行政诉讼。\n{文号}' }, fixed)).toEqual([]);
    expect(draftProblems({ title: '答复书', body: '张三：\n如对本答复不服，可以提起诉讼。' }, fixed)).toEqual([
      '正文缺少必备内容“救济途径”（如对本答复不服，可以……提起行政诉讼。）。请按模板重新生成正文，或把这段文字原样补回。',
    ]);
    expect(draftProblems({ title: '答复书', body: '【待填写：补正内容】{申请人}' }, [])).toEqual([
      '还有未填写的内容：“补正内容”。请在上方填写后按模板重新生成正文，或直接在正文中补写。',
      '正文中有未替换的字段：“{申请人}”。',
    ]);
  });
});
