import { OUTCOME_CODES, outcomeLabel, type OutcomeCode } from '../categories';
import { FEE_RULES, ogi, type Citation } from './legal-basis';
import { OUTCOME_RULES, type RemedyKind } from './outcome-rules';
import type { LetterKind } from './letter-kinds';

// Every letter the product writes, one entry per template: the procedural notices (LETTERS.md §4)
// and one reply per outcome and answer variant (§2). The key names the agency's template.

export { LETTER_KINDS, LETTER_KIND_LABELS, isLetterKind, type LetterKind } from './letter-kinds';

export type LetterType = {
  key: string;
  kind: LetterKind;
  outcome: OutcomeCode | null;
  variant: string;
  label: string;
  basis: Citation[];
  /** by_parts: R2 or R1 by the withheld parts (部分公开); by_setting: R1 if the agency states remedies in procedural notices, else R0. */
  remedy: RemedyKind | 'by_parts' | 'by_setting';
  /** Clerk fields that must be filled before issue. */
  required: string[];
  optional: string[];
  /** Derived fields this letter has values for. */
  derived: string[];
  guidance: string;
  citationToConfirm?: boolean;
  optionalNotice?: 'noCorrection' | 'feeUnpaid';
};

const CASE_FIELDS = ['申请编号', '申请人', '申请人地址', '收到日期', '申请方式', '申请内容', '答复期限'];
const AGENCY_FIELDS = ['机关全称', '机关简称', '复议机关', '诉讼法院', '联系方式'];

// LETTERS.md §3: procedural notices state no remedy unless the agency's setting adds R1. Letters to
// a third party or another agency ask for an opinion and decide nothing, so they never state one.
const PROCEDURAL: LetterType[] = [
  { key: 'receipt', kind: 'receipt', outcome: null, variant: '', label: '政府信息公开申请接收回执', basis: [ogi(31), ogi(45)], remedy: 'by_setting', required: [], optional: [], derived: [], guidance: '写明申请编号、申请人、申请方式、按条例第三十一条确定的收到日期、申请内容、答复期限（20 个工作日）和联系方式。' },
  { key: 'correction', kind: 'correction', outcome: null, variant: '', label: '补正告知书', basis: [ogi(30)], remedy: 'by_setting', required: ['补正内容', '补正期限'], optional: [], derived: [], guidance: '收到申请之日起 7 个工作日内一次性告知全部需补正事项并给予指导和释明；写明补正期限、逾期不补正视为放弃申请、答复期限自收到补正之日起重新计算。' },
  { key: 'consultation.third_party', kind: 'consultation', outcome: null, variant: 'third_party', label: '征求意见书（第三方）', basis: [ogi(32)], remedy: 'R0', required: ['征求意见对象', '征求意见事项'], optional: [], derived: [], guidance: '写明涉及的信息；请第三方自收到之日起 15 个工作日内提出意见；逾期未提出意见的由本机关依法决定。' },
  { key: 'consultation.agency', kind: 'consultation', outcome: null, variant: 'agency', label: '征求意见函（其他机关）', basis: [ogi(34)], remedy: 'R0', required: ['征求意见对象', '征求意见事项'], optional: [], derived: [], guidance: '写明共同制作的信息；请对方机关自收到之日起 15 个工作日内提出意见；逾期未提出意见的视为同意公开。' },
  { key: 'consultation.applicant', kind: 'consultation', outcome: null, variant: 'applicant', label: '征求意见告知书（告知申请人）', basis: [ogi(33, { paragraph: 3 })], remedy: 'by_setting', required: [], optional: [], derived: [], guidance: '告知申请人本机关正在征求第三方或其他机关的意见，征求意见所需时间不计算在答复期限内。' },
  { key: 'extension', kind: 'extension', outcome: null, variant: '', label: '延长答复期限告知书', basis: [ogi(33, { paragraph: 2 })], remedy: 'by_setting', required: ['延期天数', '延期理由'], optional: [], derived: ['延长后答复期限'], guidance: '须经负责人同意；写明理由、延长的期限（不超过 20 个工作日）和新的答复期限；在原答复期限届满前发出。' },
  { key: 'fee', kind: 'fee', outcome: null, variant: '', label: '收费通知书', basis: [ogi(42), FEE_RULES], remedy: 'by_setting', required: ['计收方式', '计收数量', '缴费方式'], optional: [], derived: ['收费金额', '收费明细'], guidance: '写明收费依据、计收方式、标准、金额及明细、缴费方式；申请人应自收到通知之日起 20 个工作日内缴费，逾期未缴视为放弃申请。' },
];

const REPLY_DERIVED: Partial<Record<string, string[]>> = {
  'reply.partial': ['不予提供部分'],
  'reply.unavailable.not_held.other_agency': ['负责机关说明'],
};

const REPLIES: LetterType[] = OUTCOME_CODES.flatMap((outcome) => {
  const rule = OUTCOME_RULES[outcome];
  return rule.variants.map((v): LetterType => {
    const key = v.key ? `reply.${outcome}.${v.key}` : `reply.${outcome}`;
    return {
      key,
      kind: 'reply',
      outcome,
      variant: v.key,
      label: v.label && rule.variants.length > 1 ? `${outcomeLabel(outcome)}（${v.label}）` : outcomeLabel(outcome),
      basis: v.basis,
      remedy: rule.remedy,
      required: v.required,
      optional: v.optional ?? [],
      derived: ['办理结果', ...(REPLY_DERIVED[key] ?? [])],
      guidance: rule.guidance,
      citationToConfirm: rule.citationToConfirm,
      optionalNotice: rule.optionalNotice,
    };
  });
});

export const LETTER_TYPES: readonly LetterType[] = [...PROCEDURAL, ...REPLIES];
const BY_KEY = new Map(LETTER_TYPES.map((t) => [t.key, t]));

export function letterType(key: string): LetterType | undefined {
  return BY_KEY.get(key);
}

/** The reply letter type of an outcome and answer variant. */
export function replyType(outcome: OutcomeCode, variant = ''): LetterType | undefined {
  return BY_KEY.get(variant ? `reply.${outcome}.${variant}` : `reply.${outcome}`);
}

/** The agency's setting (公文设置) that decides whether procedural notices state a remedy. */
export type RemedySetting = { proceduralRemedy: boolean };

/** The fields a template of this type may use: a field outside it would always print empty. */
export function availableFields(t: LetterType): string[] {
  // {救济途径} in a procedural notice prints only while the agency's setting is on.
  const derived = [...(t.basis.length ? ['法律依据'] : []), ...(t.remedy !== 'R0' ? ['救济途径'] : []), ...t.derived];
  return [...CASE_FIELDS, ...AGENCY_FIELDS, ...derived, ...t.required.filter((f) => f !== '不予提供的内容'), ...t.optional, '文号', '成文日期'];
}

// Clerk inputs a letter prints through a derived field.
const SHOWN_AS: Record<string, string> = { 不予提供的内容: '不予提供部分', 计收数量: '收费明细' };

/** Whether letters of this type state a remedy under the agency's setting. */
export function statesRemedy(t: LetterType, setting: RemedySetting): boolean {
  return t.remedy === 'by_setting' ? setting.proceduralRemedy : t.remedy !== 'R0';
}

/** The fields every template of this type must contain, else the letter would lack a mandatory part. */
export function mandatoryFields(t: LetterType, setting: RemedySetting): string[] {
  const base: Record<LetterKind, string[]> = {
    receipt: ['申请人', '申请编号', '收到日期', '申请内容', '答复期限', '联系方式'],
    correction: ['申请人', '收到日期'],
    consultation: [],
    extension: ['申请人', '延长后答复期限'],
    fee: ['申请人', '收费金额', '收费明细'],
    reply: ['申请人', '收到日期', '申请内容'],
  };
  const clerk = t.required.map((f) => SHOWN_AS[f] ?? f);
  const extra = t.derived.includes('负责机关说明') ? ['负责机关说明'] : [];
  return [...new Set([...base[t.kind], ...(t.basis.length ? ['法律依据'] : []), ...(statesRemedy(t, setting) ? ['救济途径'] : []), ...clerk, ...extra])];
}
