import type { OutcomeCode } from '../categories';
import { FEE_RULES, ogi, type Citation } from './legal-basis';

// The legal basis and the remedy rule of every reply, as data on the outcome code (LETTERS.md §2–3).
// A template may word the answer as the agency likes; what it cites and which remedy it states
// come from here.

/** R2: reconsideration first (复议法 23(1)(4)); R1: reconsideration or litigation; R0: none. */
export type RemedyKind = 'R0' | 'R1' | 'R2';

export type AnswerVariant = {
  /** '' for the outcome's only or default answer. */
  key: string;
  label: string;
  basis: Citation[];
  /** Clerk fields that must be filled before the letter can be issued. */
  required: string[];
  optional?: string[];
};

export type OutcomeRule = {
  outcome: OutcomeCode;
  /** R2 only where the withheld ground rests on OGI 14/15/16; 'by_parts' lets a partial letter decide. */
  remedy: 'R1' | 'R2' | 'by_parts';
  variants: AnswerVariant[];
  /** What the answer must say (LETTERS.md §2), shown to the clerk beside the draft. */
  guidance: string;
  /** No article names this case: the agency should confirm the citation. */
  citationToConfirm?: boolean;
  /** A closing notice the agency may choose not to send (agency setting). */
  optionalNotice?: 'noCorrection' | 'feeUnpaid';
};

const WITHHELD = (article: number, paragraph?: number): Citation[] => [ogi(article, paragraph ? { paragraph } : {}), ogi(36, { item: 3 })];
const one = (basis: Citation[], required: string[] = [], optional: string[] = []): AnswerVariant[] => [{ key: '', label: '', basis, required, optional }];

export const OUTCOME_RULES: Record<OutcomeCode, OutcomeRule> = {
  disclosed: {
    outcome: 'disclosed',
    remedy: 'R1',
    variants: [
      { key: '', label: '提供信息', basis: [ogi(36, { item: 2 }), ogi(40)], required: ['提供方式'] },
      { key: 'proactive', label: '已主动公开', basis: [ogi(36, { item: 1 }), ogi(40)], required: ['获取途径'] },
    ],
    guidance: '提供信息，或告知获取信息的方式、途径和时间；已主动公开的，告知网址或出版物。',
  },
  partial: {
    outcome: 'partial',
    remedy: 'by_parts',
    variants: [{ key: '', label: '', basis: [ogi(37), ogi(36, { item: 2 })], required: ['提供的信息', '提供方式', '不予提供的内容'] }],
    guidance: '列出予以提供的信息；对不予提供的每一部分，写明理由和所依据的条款。',
  },
  'withheld.state_secret': {
    outcome: 'withheld.state_secret',
    remedy: 'R2',
    variants: one(WITHHELD(14)),
    guidance: '说明属于依法确定的国家秘密，不得写出涉密内容。',
  },
  'withheld.law_prohibited': {
    outcome: 'withheld.law_prohibited',
    remedy: 'R2',
    variants: one(WITHHELD(14), ['禁止公开的法律规定']),
    guidance: '写明禁止公开的法律或行政法规的名称和条款。',
  },
  'withheld.security_stability': {
    outcome: 'withheld.security_stability',
    remedy: 'R2',
    variants: one(WITHHELD(14), ['危及事项', '危及理由']),
    guidance: '说明危及国家安全、公共安全、经济安全、社会稳定中的哪一项及其理由。',
  },
  'withheld.third_party': {
    outcome: 'withheld.third_party',
    remedy: 'R2',
    variants: one([ogi(15), ogi(32), ogi(36, { item: 3 })], ['第三方意见情况']),
    guidance: '说明涉及商业秘密、个人隐私等，已书面征求第三方意见且第三方不同意公开及其理由，或公开会损害第三方合法权益的理由。',
  },
  'withheld.internal_affairs': {
    outcome: 'withheld.internal_affairs',
    remedy: 'R2',
    variants: one(WITHHELD(16, 1), ['内部事务类别']),
    guidance: '写明属于人事管理、后勤管理、内部工作流程中的哪一类。',
  },
  'withheld.process_info': {
    outcome: 'withheld.process_info',
    remedy: 'R2',
    variants: one(WITHHELD(16, 2), ['过程性信息类别']),
    guidance: '写明属于讨论记录、过程稿、磋商信函、请示报告中的哪一类。',
  },
  'withheld.enforcement_file': {
    outcome: 'withheld.enforcement_file',
    remedy: 'R2',
    variants: one(WITHHELD(16, 2)),
    guidance: '说明属于行政执法案卷信息。',
  },
  'withheld.inquiry_matter': {
    outcome: 'withheld.inquiry_matter',
    remedy: 'R1',
    variants: one([ogi(36, { item: 7 })], ['查询途径']),
    guidance: '告知申请人依照有关法律、行政法规的规定办理，写明办理的机构（如不动产登记机构）。',
  },
  'unavailable.not_held': {
    outcome: 'unavailable.not_held',
    remedy: 'R1',
    variants: [
      { key: '', label: '信息不存在', basis: [ogi(36, { item: 4 })], required: [] },
      { key: 'other_agency', label: '不属于本机关负责公开', basis: [ogi(36, { item: 5 })], required: ['不属于本机关的理由'], optional: ['负责公开的机关', '负责机关联系方式'] },
    ],
    guidance: '说明经检索该信息不存在；不属于本机关负责公开的，说明理由，能够确定负责机关的，告知其名称和联系方式。',
  },
  'unavailable.needs_creation': {
    outcome: 'unavailable.needs_creation',
    remedy: 'R1',
    variants: one([ogi(38)]),
    guidance: '说明需要对现有信息进行加工、分析才能形成。',
  },
  'unavailable.still_unclear': {
    outcome: 'unavailable.still_unclear',
    remedy: 'R1',
    variants: one([ogi(29, { item: 2 }), ogi(30)], ['补正告知书文号', '补正告知日期']),
    guidance: '引用补正告知书的文号和日期，说明补正后申请内容仍不明确。',
  },
  'not_processed.petition': {
    outcome: 'not_processed.petition',
    remedy: 'R1',
    variants: one([ogi(39, { paragraph: 1 })], ['处理渠道']),
    guidance: '说明不作为政府信息公开申请处理，告知应当通过的渠道（信访、12345、投诉举报）。',
  },
  'not_processed.duplicate': {
    outcome: 'not_processed.duplicate',
    remedy: 'R1',
    variants: one([ogi(36, { item: 6 })], ['原答复文号', '原答复日期']),
    guidance: '引用此前答复的文号和日期。',
  },
  'not_processed.publication': {
    outcome: 'not_processed.publication',
    remedy: 'R1',
    variants: one([ogi(39, { paragraph: 2 })], ['出版物获取途径']),
    guidance: '告知公开出版物的获取途径。',
  },
  'not_processed.mass_repeated': {
    outcome: 'not_processed.mass_repeated',
    remedy: 'R1',
    variants: one([ogi(35)], ['说明理由情况']),
    guidance: '写明要求申请人说明理由的情况和申请人的答复，以及理由不合理的原因。',
  },
  'not_processed.confirm_or_reissue': {
    outcome: 'not_processed.confirm_or_reissue',
    remedy: 'R1',
    variants: one([ogi(2), ogi(38)], ['受理部门']),
    guidance: '说明申请系要求确认或重新出具已获取的信息，告知应当咨询办理的部门。',
    citationToConfirm: true,
  },
  'other.no_correction': {
    outcome: 'other.no_correction',
    remedy: 'R1',
    variants: one([ogi(30)], ['补正告知日期'], ['补正告知书文号']),
    guidance: '说明申请人无正当理由逾期未补正，视为放弃申请。',
    optionalNotice: 'noCorrection',
  },
  'other.fee_unpaid': {
    outcome: 'other.fee_unpaid',
    remedy: 'R1',
    variants: one([ogi(42), FEE_RULES], ['收费通知日期']),
    guidance: '说明申请人未在收到收费通知之日起 20 个工作日内缴费，视为放弃申请。',
    optionalNotice: 'feeUnpaid',
  },
  'other.other': {
    outcome: 'other.other',
    remedy: 'R1',
    variants: one([], ['处理情况']),
    guidance: '写明处理情况：撤回、无法联系申请人、不属于政府信息（条例第二条）、更正请求（第四十一条）等。',
  },
};

/** The answer of an outcome: the named variant, or the outcome's default. */
export function answerVariant(outcome: OutcomeCode, variant: string | null | undefined): AnswerVariant | undefined {
  return OUTCOME_RULES[outcome].variants.find((v) => v.key === (variant ?? ''));
}
