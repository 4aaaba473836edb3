// The named fields a letter template may use ({申请人}, {收到日期} …): where each value comes from,
// and for the fields the clerk fills in, how the form asks for it. Templates name fields in
// Chinese because administrators, not programmers, write them.

export type FieldSource = 'case' | 'agency' | 'clerk' | 'derived' | 'issue';
export type FieldInput = 'text' | 'textarea' | 'number' | 'date' | 'choice' | 'parts';

export type LetterField = {
  name: string;
  source: FieldSource;
  /** Shown in the template editor's field list and next to the clerk's input. */
  hint: string;
  input?: FieldInput;
  options?: readonly string[];
  max?: number;
  /** Numbers: the range the clerk may enter. */
  min?: number;
  maxValue?: number;
};

export const WITHHELD_PART_GROUNDS = [
  'state_secret',
  'law_prohibited',
  'security_stability',
  'third_party',
  'internal_affairs',
  'process_info',
  'enforcement_file',
  'not_held',
  'needs_creation',
] as const;
export type PartGround = (typeof WITHHELD_PART_GROUNDS)[number];
/** One part of the requested information that a 部分公开 letter does not provide. */
export type WithheldPart = { content: string; ground: PartGround; reason: string };

const F = (name: string, source: FieldSource, hint: string, extra: Partial<LetterField> = {}): LetterField => ({ name, source, hint, ...extra });

export const LETTER_FIELDS: readonly LetterField[] = [
  F('申请编号', 'case', '本机关的申请编号'),
  F('申请人', 'case', '申请人姓名或名称'),
  F('申请人地址', 'case', '申请人的通信地址'),
  F('收到日期', 'case', '收到申请之日（条例第三十一条），如 2024年9月27日'),
  F('申请方式', 'case', '当面、信函、互联网、传真、电子邮件或其他'),
  F('申请内容', 'case', '申请公开的信息'),
  F('答复期限', 'case', '当前的答复期限，如 2024年10月30日'),
  F('机关全称', 'agency', '机关设置中的机关名称'),
  F('机关简称', 'agency', '机关设置中的机关简称（代字）'),
  F('复议机关', 'agency', '机关设置中的行政复议机关'),
  F('诉讼法院', 'agency', '机关设置中的诉讼法院（可不填）'),
  F('联系方式', 'agency', '机关设置中的联系方式'),
  F('法律依据', 'derived', '按办理结果自动生成的法律依据，如《中华人民共和国政府信息公开条例》第三十六条第（四）项'),
  F('救济途径', 'derived', '按办理结果自动生成的行政复议、行政诉讼告知。程序性告知书只在公文设置开启“程序性告知书也写明救济途径”时写明，未开启时此段不出现'),
  F('办理结果', 'derived', '办理结果的统计名称'),
  F('延长后答复期限', 'derived', '批准延期后的答复期限'),
  F('收费金额', 'derived', '按国办函〔2020〕109号计算的金额（元）'),
  F('收费明细', 'derived', '收费金额的计算过程'),
  F('负责机关说明', 'derived', '按“负责公开的机关”自动生成：能确定的写明名称和联系方式，不能确定的说明无法确定'),
  F('不予提供部分', 'derived', '部分公开时，逐项列出不予提供的内容、理由和条款'),
  F('文号', 'issue', '发文时按文号规则自动编号'),
  F('成文日期', 'issue', '发文日期，如 2026年12月1日'),
  F('补正内容', 'clerk', '需要补正的全部事项，以及如何补正的指导和说明', { input: 'textarea', max: 2000 }),
  F('补正期限', 'clerk', '给申请人的补正期限（工作日）', { input: 'number', min: 1, maxValue: 60 }),
  F('征求意见对象', 'clerk', '第三方或其他机关的名称', { input: 'text', max: 200 }),
  F('征求意见事项', 'clerk', '涉及对方的具体信息', { input: 'textarea', max: 2000 }),
  F('延期天数', 'clerk', '延长的工作日数（不超过 20）', { input: 'number', min: 1, maxValue: 20 }),
  F('延期理由', 'clerk', '需要延长答复期限的理由', { input: 'textarea', max: 1000 }),
  F('计收方式', 'clerk', '按件计收或按量计收', { input: 'choice', options: ['按件计收', '按量计收'] }),
  F('计收数量', 'clerk', '按件：该申请人本月第几件；按量：页数', { input: 'number', min: 1, maxValue: 100000 }),
  F('缴费方式', 'clerk', '缴费的账户、地点或方式', { input: 'textarea', max: 1000 }),
  F('提供方式', 'clerk', '如何提供信息（随本答复书提供、纸质、电子邮件、领取的时间地点等）', { input: 'textarea', max: 2000 }),
  F('获取途径', 'clerk', '已主动公开的网址或出版物', { input: 'textarea', max: 1000 }),
  F('提供的信息', 'clerk', '部分公开时予以提供的内容', { input: 'textarea', max: 2000 }),
  F('不予提供的内容', 'clerk', '部分公开时不予提供的各部分', { input: 'parts' }),
  F('禁止公开的法律规定', 'clerk', '禁止公开的法律或行政法规的名称和条款', { input: 'text', max: 300 }),
  F('危及事项', 'clerk', '危及的是哪一项', { input: 'choice', options: ['国家安全', '公共安全', '经济安全', '社会稳定'] }),
  F('危及理由', 'clerk', '公开后为什么会危及', { input: 'textarea', max: 1000 }),
  F('第三方意见情况', 'clerk', '涉及的商业秘密、个人隐私等，书面征求第三方意见的情况和第三方不同意公开的理由，或公开会损害第三方权益的理由', { input: 'textarea', max: 2000 }),
  F('内部事务类别', 'clerk', '人事管理、后勤管理或内部工作流程', { input: 'choice', options: ['人事管理', '后勤管理', '内部工作流程'] }),
  F('过程性信息类别', 'clerk', '讨论记录、过程稿、磋商信函或请示报告', { input: 'choice', options: ['讨论记录', '过程稿', '磋商信函', '请示报告'] }),
  F('查询途径', 'clerk', '依照有关法律、行政法规办理的机构，如不动产登记机构', { input: 'text', max: 300 }),
  F('不属于本机关的理由', 'clerk', '为什么不属于本机关负责公开', { input: 'textarea', max: 1000 }),
  F('负责公开的机关', 'clerk', '能够确定时填写负责公开的行政机关名称（可不填）', { input: 'text', max: 200 }),
  F('负责机关联系方式', 'clerk', '负责公开的机关的联系方式（可不填）', { input: 'text', max: 200 }),
  F('补正告知书文号', 'clerk', '此前发出的补正告知书文号', { input: 'text', max: 100 }),
  F('补正告知日期', 'clerk', '此前发出补正告知书的日期', { input: 'date' }),
  F('原答复文号', 'clerk', '对相同申请已作出的答复的文号', { input: 'text', max: 100 }),
  F('原答复日期', 'clerk', '对相同申请已作出答复的日期', { input: 'date' }),
  F('出版物获取途径', 'clerk', '公开出版物的名称和获取途径', { input: 'text', max: 300 }),
  F('处理渠道', 'clerk', '应当通过的渠道，如信访、12345 热线、投诉举报', { input: 'text', max: 300 }),
  F('说明理由情况', 'clerk', '要求申请人说明理由的情况、申请人的答复，以及理由不合理的原因', { input: 'textarea', max: 2000 }),
  F('受理部门', 'clerk', '应当咨询办理的部门', { input: 'text', max: 200 }),
  F('收费通知日期', 'clerk', '此前发出收费通知的日期', { input: 'date' }),
  F('处理情况', 'clerk', '其他处理的情况和理由（撤回、无法联系申请人、不属于政府信息等）', { input: 'textarea', max: 2000 }),
];

const BY_NAME = new Map(LETTER_FIELDS.map((f) => [f.name, f]));

export function letterField(name: string): LetterField | undefined {
  return BY_NAME.get(name);
}

export function isKnownField(name: string): boolean {
  return BY_NAME.has(name);
}

/** The fields rendered only when the letter is issued; a draft keeps them as {文号}, {成文日期}. */
export const ISSUE_FIELDS = LETTER_FIELDS.filter((f) => f.source === 'issue').map((f) => f.name);
