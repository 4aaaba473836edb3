// The one vocabulary of the statutory table 三 (国办公开办函〔2021〕30号 format): codes for every row
// and column, with the labels exactly as the table prints them.

export const APPLICANT_TYPES = [
  { code: 'natural_person', label: '自然人', short: '自然人', group: null },
  { code: 'commercial', label: '商业企业', short: '商业', group: '法人或其他组织' },
  { code: 'research', label: '科研机构', short: '科研', group: '法人或其他组织' },
  { code: 'public_interest', label: '社会公益组织', short: '社会公益组织', group: '法人或其他组织' },
  { code: 'legal_service', label: '法律服务机构', short: '法律服务机构', group: '法人或其他组织' },
  { code: 'other_org', label: '其他', short: '其他', group: '法人或其他组织' },
] as const;

export type ApplicantType = (typeof APPLICANT_TYPES)[number]['code'];
export const APPLICANT_TYPE_CODES = APPLICANT_TYPES.map((t) => t.code) as ApplicantType[];

/** Shown next to the applicant-type field (RULES §1). */
export const APPLICANT_TYPE_GUIDANCE =
  '律师以本人名义申请的计为自然人；个体工商户计为商业企业；村（居）委会、事业单位、机关计为“其他”。类型在登记时确定，统计按此归类。';

export const TOTAL_COLUMN = { code: 'total', label: '总计' } as const;
export type ColumnCode = ApplicantType | 'total';
export const COLUMN_CODES: ColumnCode[] = [...APPLICANT_TYPE_CODES, 'total'];

export const OUTCOME_GROUPS = [
  { key: 'disclosed', label: '(一)予以公开', items: [{ code: 'disclosed', label: '(一)予以公开' }] },
  {
    key: 'partial',
    label: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)',
    items: [{ code: 'partial', label: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)' }],
  },
  {
    key: 'withheld',
    label: '(三)不予公开',
    items: [
      { code: 'withheld.state_secret', label: '1.属于国家秘密' },
      { code: 'withheld.law_prohibited', label: '2.其他法律行政法规禁止公开' },
      { code: 'withheld.security_stability', label: '3.危及“三安全一稳定”' },
      { code: 'withheld.third_party', label: '4.保护第三方合法权益' },
      { code: 'withheld.internal_affairs', label: '5.属于三类内部事务信息' },
      { code: 'withheld.process_info', label: '6.属于四类过程性信息' },
      { code: 'withheld.enforcement_file', label: '7.属于行政执法案卷' },
      { code: 'withheld.inquiry_matter', label: '8.属于行政查询事项' },
    ],
  },
  {
    key: 'unavailable',
    label: '(四)无法提供',
    items: [
      { code: 'unavailable.not_held', label: '1.本机关不掌握相关政府信息' },
      { code: 'unavailable.needs_creation', label: '2.没有现成信息需要另行制作' },
      { code: 'unavailable.still_unclear', label: '3.补正后申请内容仍不明确' },
    ],
  },
  {
    key: 'not_processed',
    label: '(五)不予处理',
    items: [
      { code: 'not_processed.petition', label: '1.信访举报投诉类申请' },
      { code: 'not_processed.duplicate', label: '2.重复申请' },
      { code: 'not_processed.publication', label: '3.要求提供公开出版物' },
      { code: 'not_processed.mass_repeated', label: '4.无正当理由大量反复申请' },
      { code: 'not_processed.confirm_or_reissue', label: '5.要求行政机关确认或重新出具已获取信息' },
    ],
  },
  {
    key: 'other',
    label: '(六)其他处理',
    items: [
      { code: 'other.no_correction', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
      { code: 'other.fee_unpaid', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
      { code: 'other.other', label: '3.其他' },
    ],
  },
] as const;

export type OutcomeCode = (typeof OUTCOME_GROUPS)[number]['items'][number]['code'];
export const OUTCOMES = OUTCOME_GROUPS.flatMap((g) =>
  g.items.map((i) => ({ code: i.code as OutcomeCode, label: i.label as string, group: g.label as string, groupKey: g.key })),
);
export const OUTCOME_CODES: OutcomeCode[] = OUTCOMES.map((o) => o.code);

export const TABLE_THREE_ROWS = [
  { code: 'new', label: '一、本年新收政府信息公开申请数量' },
  { code: 'carried_in', label: '二、上年结转政府信息公开申请数量' },
  ...OUTCOMES.map((o) => ({ code: o.code, label: o.label })),
  { code: 'results_total', label: '(七)总计' },
  { code: 'carried_out', label: '四、结转下年度继续办理' },
] as const;
export type RowCode = 'new' | 'carried_in' | OutcomeCode | 'results_total' | 'carried_out';
export const ROW_CODES = TABLE_THREE_ROWS.map((r) => r.code) as RowCode[];

/** Table 四's kinds; group is the heading the table prints above the two kinds of 行政诉讼. */
export const REVIEW_KINDS = [
  { code: 'reconsideration', label: '行政复议', group: null },
  { code: 'litigation_direct', label: '未经复议直接起诉', group: '行政诉讼' },
  { code: 'litigation_after_reconsideration', label: '复议后起诉', group: '行政诉讼' },
] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number]['code'];
export const REVIEW_KIND_CODES = REVIEW_KINDS.map((k) => k.code) as ReviewKind[];

export const REVIEW_RESULTS = [
  { code: 'upheld', label: '结果维持', short: '维持', hint: '' },
  { code: 'corrected', label: '结果纠正', short: '纠正', hint: '撤销、变更、确认违法、责令履行' },
  { code: 'other', label: '其他结果', short: '其他', hint: '驳回、终止、撤回、调解等' },
] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number]['code'];
export type ReviewColumn = ReviewResult | 'pending' | 'total';
export const REVIEW_COLUMNS: { code: ReviewColumn; label: string }[] = [
  { code: 'upheld', label: '结果维持' },
  { code: 'corrected', label: '结果纠正' },
  { code: 'other', label: '其他结果' },
  { code: 'pending', label: '尚未审结' },
  { code: 'total', label: '总计' },
];

export const CHANNELS = [
  { code: 'in_person', label: '当面', receivedHint: '以申请人当面提交之日为收到日期' },
  { code: 'post', label: '邮寄', receivedHint: '挂号信以机关签收之日为准；平信以机关与申请人确认之日为准' },
  { code: 'online', label: '网络', receivedHint: '以双方确认之日为收到日期' },
  { code: 'fax', label: '传真', receivedHint: '以双方确认之日为收到日期' },
  { code: 'email', label: '电子邮件', receivedHint: '以双方确认之日为收到日期' },
  { code: 'other', label: '其他', receivedHint: '以机关实际收到并确认之日为收到日期' },
] as const;
export type Channel = (typeof CHANNELS)[number]['code'];

export const DELIVERY_METHODS = [
  { code: 'paper', label: '纸质' },
  { code: 'email', label: '电子邮件' },
  { code: 'disc', label: '光盘' },
  { code: 'pickup', label: '自行领取' },
  { code: 'other', label: '其他' },
] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number]['code'];

export const ID_TYPES = ['居民身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '统一社会信用代码', '其他'] as const;

export function applicantTypeLabel(code: string): string {
  return APPLICANT_TYPES.find((t) => t.code === code)?.label ?? code;
}
export function outcomeLabel(code: string): string {
  const o = OUTCOMES.find((x) => x.code === code);
  if (!o) return code;
  return o.label.startsWith('(') ? o.label : `${o.group}/${o.label}`;
}
/** A kind as table 四 and the review file print it: 行政复议, 未经复议直接起诉, 复议后起诉. */
export function reviewKindLabel(code: string): string {
  return REVIEW_KINDS.find((k) => k.code === code)?.label ?? code;
}
/** A kind named on its own, wherever it is not under table 四's headings: 行政诉讼（复议后起诉）. */
export function reviewKindName(code: string): string {
  const kind = REVIEW_KINDS.find((k) => k.code === code);
  if (!kind) return code;
  return kind.group ? `${kind.group}（${kind.label}）` : kind.label;
}
export function reviewResultLabel(code: string): string {
  return REVIEW_RESULTS.find((r) => r.code === code)?.label ?? code;
}
/** The short result the review file and the import's messages use: 维持, 纠正, 其他. */
export function reviewResultShort(code: string): string {
  return REVIEW_RESULTS.find((r) => r.code === code)?.short ?? code;
}
export function reviewColumnLabel(code: string): string {
  return REVIEW_COLUMNS.find((c) => c.code === code)?.label ?? code;
}
export function channelLabel(code: string): string {
  return CHANNELS.find((c) => c.code === code)?.label ?? code;
}
export function deliveryLabel(code: string | null | undefined): string {
  return DELIVERY_METHODS.find((c) => c.code === code)?.label ?? '';
}
export function isOutcomeCode(code: string): code is OutcomeCode {
  return (OUTCOME_CODES as string[]).includes(code);
}
export function isApplicantType(code: string): code is ApplicantType {
  return (APPLICANT_TYPE_CODES as string[]).includes(code);
}
