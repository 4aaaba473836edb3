import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseFieldsSchema, closeCaseSchema, reopenCaseSchema } from './case';

const TODAY = '2024-10-08';
const schema = caseFieldsSchema(TODAY);

const FULL = {
  caseNo: '2024-0001',
  receivedOn: '2024-09-27',
  channel: 'post',
  applicantType: 'natural_person',
  applicantName: '张三',
  idType: '居民身份证',
  idNumber: '33010219900101123X',
  phone: '0571-8700 1234转5',
  email: 'zhang.san@example.com',
  address: '杭州市上城区解放路 1 号',
  content: '申请公开 2023 年度本机关行政处罚决定书目录。',
  deliveryMethod: 'email',
  handlerId: '3',
  notes: '挂号信，机关签收日 9 月 27 日',
};

function fieldErrors(input: Record<string, unknown>, s: z.ZodType = schema) {
  const r = s.safeParse(input);
  if (r.success) throw new Error('expected a validation failure');
  return z.flattenError(r.error).fieldErrors as Record<string, string[] | undefined>;
}

describe('caseFieldsSchema', () => {
  it('accepts a full, valid application and converts the handler to a number', () => {
    expect(schema.parse(FULL)).toEqual({ ...FULL, handlerId: 3, relatedCaseNo: null });
  });

  it('turns empty optional fields into null and trims text', () => {
    const parsed = schema.parse({
      ...FULL, caseNo: ' 2024-0002 ', applicantName: '  李四 ', idType: '', idNumber: '', phone: '  ', email: '', address: '',
      deliveryMethod: '', handlerId: '', notes: '',
    });
    expect(parsed).toMatchObject({ caseNo: '2024-0002', applicantName: '李四', idType: null, idNumber: null, phone: null, email: null, address: null, deliveryMethod: null, handlerId: null, notes: null });
  });

  it.each([
    ['caseNo', '请填写申请编号。'],
    ['receivedOn', '请填写收到日期。'],
    ['channel', '请选择申请方式。'],
    ['applicantType', '请选择申请人类型。'],
    ['applicantName', '请填写申请人姓名或名称。'],
    ['content', '请填写申请内容。'],
  ])('a missing %s gives its own message under its own key', (key, message) => {
    const withoutKey = Object.fromEntries(Object.entries(FULL).filter(([k]) => k !== key));
    expect(fieldErrors(withoutKey)).toEqual({ [key]: [message] });
    expect(fieldErrors({ ...FULL, [key]: '' })).toEqual({ [key]: [message] });
    expect(fieldErrors({ ...FULL, [key]: '   ' })[key]).toEqual([message]);
  });

  it('reports every missing required field at once', () => {
    expect(Object.keys(fieldErrors({})).sort()).toEqual(['applicantName', 'applicantType', 'caseNo', 'channel', 'content', 'receivedOn']);
  });

  it('refuses a received date after today and accepts today', () => {
    expect(fieldErrors({ ...FULL, receivedOn: '2024-10-09' })).toEqual({ receivedOn: ['收到日期不能晚于今天（2024年10月8日）。'] });
    expect(schema.parse({ ...FULL, receivedOn: TODAY }).receivedOn).toBe(TODAY);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-9-27', '27/09/2024', '2024-09-27T00:00'])('refuses the date %s', (d) => {
    expect(fieldErrors({ ...FULL, receivedOn: d })).toEqual({ receivedOn: ['收到日期不是有效日期，请按“年-月-日”填写，例如 2024-09-27。'] });
  });

  it('accepts 29 February in a leap year', () => {
    expect(schema.parse({ ...FULL, receivedOn: '2024-02-29' }).receivedOn).toBe('2024-02-29');
  });

  it.each([
    ['caseNo', 50, '申请编号不能超过 50 个字符。'],
    ['applicantName', 200, '申请人姓名或名称不能超过 200 个字符。'],
    ['content', 5000, '申请内容不能超过 5000 个字符。'],
    ['address', 300, '通信地址不能超过 300 个字符。'],
    ['notes', 2000, '备注不能超过 2000 个字符。'],
  ])('limits %s to %i characters', (key, max, message) => {
    expect(schema.safeParse({ ...FULL, [key]: '编'.repeat(max) }).success).toBe(true);
    expect(fieldErrors({ ...FULL, [key]: '编'.repeat(max + 1) })).toEqual({ [key]: [message] });
  });

  it.each(['2024 0001', '2024-\t01', '2024-\u000101'])('refuses spaces and control characters in 申请编号 (%j)', (caseNo) => {
    expect(fieldErrors({ ...FULL, caseNo })).toEqual({ caseNo: ['申请编号不能包含空格或控制字符。'] });
  });

  it.each(['zhang@', 'zhang.example.com', 'a b@example.com', '@example.com'])('refuses the email %s', (email) => {
    expect(fieldErrors({ ...FULL, email })).toEqual({ email: ['电子邮箱格式不正确，例如 name@example.com。'] });
  });

  it.each(['电话 12345', '0571-8700abc', '1380013800;'])('refuses the phone %s', (phone) => {
    expect(fieldErrors({ ...FULL, phone })).toEqual({ phone: ['联系电话只能包含数字、空格、+、-、括号和“转”。'] });
  });

  it.each(['+86 (571) 8700-1234', '13800138000', '0571-87001234转123'])('accepts the phone %s', (phone) => {
    expect(schema.parse({ ...FULL, phone }).phone).toBe(phone);
  });

  it.each(['3301 0219900101123X', '330102199001011234;', '33010219900101123*', '<b>1</b>'])('refuses the id number %s', (idNumber) => {
    expect(fieldErrors({ ...FULL, idNumber })).toEqual({ idNumber: ['证件号码只能包含字母、数字、括号和连字符。'] });
  });

  it('refuses unknown codes for the choice fields and a bad handler id', () => {
    const errors = fieldErrors({ ...FULL, channel: 'pigeon', applicantType: 'alien', idType: '学生证', deliveryMethod: 'drone', handlerId: '1.5' });
    expect(errors).toEqual({
      channel: ['请选择申请方式。'],
      applicantType: ['请选择申请人类型。'],
      idType: ['请选择有效的证件类型。'],
      deliveryMethod: ['请选择有效的获取方式。'],
      handlerId: ['请选择有效的承办人。'],
    });
    expect(fieldErrors({ ...FULL, handlerId: '-2' })).toEqual({ handlerId: ['请选择有效的承办人。'] });
    expect(fieldErrors({ ...FULL, handlerId: 'abc' })).toEqual({ handlerId: ['请选择有效的承办人。'] });
  });

  it('keeps markup, quotes and SQL in free text exactly as typed', () => {
    const hostile = {
      applicantName: '<script>alert(1)</script>',
      content: `他说："公开'全部'文件"; DROP TABLE cases; -- 以及 %_\\`,
      address: `O'Brien "Street" <img src=x onerror=alert(1)>`,
      notes: "'; DROP TABLE cases; --",
    };
    expect(schema.parse({ ...FULL, ...hostile })).toMatchObject(hostile);
  });
});

describe('closeCaseSchema', () => {
  const close = closeCaseSchema('2024-09-27', TODAY);
  const VALID = { outcome: 'partial', repliedOn: '2024-10-08', replyDocNo: '杭信公开〔2024〕12号', version: '3' };

  it('accepts a valid close and converts the version', () => {
    expect(close.parse(VALID)).toEqual({ ...VALID, version: 3 });
    expect(close.parse({ ...VALID, replyDocNo: '' }).replyDocNo).toBeNull();
  });

  it('accepts a reply on the day the application was received', () => {
    expect(close.parse({ ...VALID, repliedOn: '2024-09-27' }).repliedOn).toBe('2024-09-27');
  });

  it('refuses a reply before receipt', () => {
    expect(fieldErrors({ ...VALID, repliedOn: '2024-09-26' }, close)).toEqual({ repliedOn: ['答复日期不能早于收到申请日期（2024年9月27日）。'] });
  });

  it('refuses a reply in the future', () => {
    expect(fieldErrors({ ...VALID, repliedOn: '2024-10-09' }, close)).toEqual({ repliedOn: ['答复日期不能晚于今天（2024年10月8日）。'] });
  });

  it('refuses an invalid reply date', () => {
    expect(fieldErrors({ ...VALID, repliedOn: '2024-09-31' }, close)).toEqual({ repliedOn: ['答复日期不是有效日期，请按“年-月-日”填写，例如 2024-09-27。'] });
    expect(fieldErrors({ ...VALID, repliedOn: '' }, close)).toEqual({ repliedOn: ['请填写答复日期。'] });
  });

  it.each([['an unknown outcome', 'withheld'], ['a made-up outcome', 'granted'], ['no outcome', ''], ['a group label', '(三)不予公开']])('refuses %s', (_label, outcome) => {
    expect(fieldErrors({ ...VALID, outcome }, close)).toEqual({ outcome: ['请选择办理结果（按统计表的 21 项之一）。'] });
  });

  it('refuses a missing outcome and a missing or bad version', () => {
    const { outcome: _o, version: _v, ...rest } = VALID;
    expect(fieldErrors(rest, close)).toEqual({ outcome: ['请选择办理结果（按统计表的 21 项之一）。'], version: ['缺少版本号，请刷新页面后重试。'] });
    expect(fieldErrors({ ...VALID, version: '0' }, close)).toEqual({ version: ['缺少版本号，请刷新页面后重试。'] });
  });
});

describe('reopenCaseSchema', () => {
  it('needs a reason of at most 500 characters', () => {
    expect(reopenCaseSchema.parse({ reason: ' 答复有误 ', version: '2' })).toEqual({ reason: '答复有误', version: 2 });
    expect(fieldErrors({ reason: '', version: '2' }, reopenCaseSchema)).toEqual({ reason: ['请填写重新打开的理由。'] });
    expect(fieldErrors({ reason: '理'.repeat(501), version: '2' }, reopenCaseSchema)).toEqual({ reason: ['重新打开的理由不能超过 500 个字符。'] });
  });
});

describe('mistyped years', () => {
  it('refuses a received or reply date outside 2000–2099 with a message saying so', () => {
    const fields = caseFieldsSchema('2026-03-10').safeParse({ ...FULL, receivedOn: '0202-03-01' });
    expect(fields.success).toBe(false);
    expect(z.flattenError(fields.error!).fieldErrors.receivedOn).toEqual(['收到日期的年份应在 2000 至 2099 年之间，请核对。']);
    const close = closeCaseSchema('1999-12-01', '2026-03-10').safeParse({ outcome: 'disclosed', repliedOn: '1999-12-31', version: '1' });
    expect(z.flattenError(close.error!).fieldErrors.repliedOn).toEqual(['答复日期的年份应在 2000 至 2099 年之间，请核对。']);
  });
});
