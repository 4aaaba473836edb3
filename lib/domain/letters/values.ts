import { outcomeLabel } from '../categories';
import { formatChineseDate, isIsoDate } from '../dates';
import { computeFee, type FeeMethod } from '../fees';
import type { WithheldPart } from './fields';
import { formatBasis } from './legal-basis';
import { statesRemedy, type LetterType, type RemedySetting } from './letter-types';
import type { RemedyKind } from './outcome-rules';
import { describeParts, partsBasis, partsRestOn141516, readParts } from './partial-parts';
import { remedyStatement } from './remedy';
import { BLANK_MARK } from './template';

// The values of a letter's fields, from the case, the agency's settings and what the clerk typed,
// with the legal basis and the remedy decided by the letter's type (and, for 部分公开, its parts).

export type LetterCaseFacts = {
  caseNo: string;
  applicantName: string;
  address: string | null;
  receivedOn: string;
  channel: string;
  content: string;
  replyDueOn: string | null;
};

export type LetterAgencyFacts = {
  agencyName: string;
  agencyShortName: string;
  reconsiderationBody: string;
  courtName: string;
  contact: string;
  /** 公文设置: procedural notices to the applicant also state the remedy (R1). */
  proceduralRemedy: boolean;
};

/** What the clerk typed: text per field name; 不予提供的内容 holds the parts. */
export type ClerkValues = Record<string, string | WithheldPart[] | undefined>;

// "本机关于…收到您以{申请方式}方式提交的…"
const CHANNEL_WORDS: Record<string, string> = { in_person: '当面', post: '信函', online: '互联网', fax: '传真', email: '电子邮件', other: '其他' };

export const FEE_METHOD_BY_LABEL: Record<string, FeeMethod> = { 按件计收: 'per_application', 按量计收: 'per_page' };

const text = (v: ClerkValues[string]) => (typeof v === 'string' ? v.trim() : '');
const days = (v: ClerkValues[string]) => (/^\d+$/.test(text(v)) ? `${Number(text(v))}个工作日` : '');
const date = (v: ClerkValues[string]) => (isIsoDate(text(v)) ? formatChineseDate(text(v)) : '');

export function partsOf(clerk: ClerkValues): WithheldPart[] {
  return readParts(clerk['不予提供的内容']) ?? [];
}

export function remedyKindOf(type: LetterType, clerk: ClerkValues, setting: RemedySetting): RemedyKind {
  if (type.remedy === 'by_setting') return statesRemedy(type, setting) ? 'R1' : 'R0';
  if (type.remedy !== 'by_parts') return type.remedy;
  return partsRestOn141516(partsOf(clerk)) ? 'R2' : 'R1';
}

export function basisOf(type: LetterType, clerk: ClerkValues): string {
  const list = type.remedy === 'by_parts' ? [...type.basis, ...partsBasis(partsOf(clerk))] : type.basis;
  return list.length ? formatBasis(list) : '';
}

function fee(clerk: ClerkValues): { amount: string; breakdown: string } {
  const method = FEE_METHOD_BY_LABEL[text(clerk['计收方式'])];
  const quantity = Number(text(clerk['计收数量']));
  if (!method || !Number.isInteger(quantity) || quantity < 1) return { amount: '', breakdown: '' };
  const result = computeFee({ method, quantity });
  return { amount: String(result.amount), breakdown: result.breakdown };
}

function competentAgency(clerk: ClerkValues): string {
  const name = text(clerk['负责公开的机关']);
  if (!name) return '本机关无法确定负责公开该政府信息的行政机关。';
  const contact = text(clerk['负责机关联系方式']);
  return `负责公开该政府信息的行政机关为${name}${contact ? `，联系方式：${contact}` : ''}，您可以向其提出申请。`;
}

export function letterValues(
  type: LetterType,
  c: LetterCaseFacts,
  agency: LetterAgencyFacts,
  clerk: ClerkValues,
  extra: { extendedDueOn?: string | null } = {},
): Record<string, string> {
  const values: Record<string, string> = {
    申请编号: c.caseNo,
    申请人: c.applicantName,
    申请人地址: c.address ?? '',
    收到日期: formatChineseDate(c.receivedOn),
    申请方式: CHANNEL_WORDS[c.channel] ?? '其他',
    申请内容: c.content.trim().replace(/[。.]+$/, ''),
    答复期限: formatChineseDate(c.replyDueOn),
    机关全称: agency.agencyName,
    机关简称: agency.agencyShortName,
    复议机关: agency.reconsiderationBody,
    诉讼法院: agency.courtName,
    联系方式: agency.contact,
    法律依据: basisOf(type, clerk),
    // Without the agency's 复议机关 the statement still prints, with the gap marked for the issue check.
    救济途径: remedyStatement(remedyKindOf(type, clerk, agency), agency.reconsiderationBody || `${BLANK_MARK}复议机关】`, type.kind),
    办理结果: type.outcome ? outcomeLabel(type.outcome) : '',
  };
  for (const name of [...type.required, ...type.optional]) {
    if (name === '不予提供的内容') continue;
    values[name] = ['补正期限', '延期天数'].includes(name) ? days(clerk[name]) : ['补正告知日期', '原答复日期', '收费通知日期'].includes(name) ? date(clerk[name]) : text(clerk[name]);
  }
  if (type.derived.includes('不予提供部分')) values['不予提供部分'] = describeParts(partsOf(clerk));
  if (type.derived.includes('负责机关说明')) values['负责机关说明'] = competentAgency(clerk);
  if (type.derived.includes('延长后答复期限')) values['延长后答复期限'] = formatChineseDate(extra.extendedDueOn ?? null);
  if (type.derived.includes('收费金额')) Object.assign(values, (({ amount, breakdown }) => ({ 收费金额: amount, 收费明细: breakdown }))(fee(clerk)));
  return values;
}

/** The parts a clerk may not edit away: the legal basis and the remedy statement, word for word. */
export function fixedParts(type: LetterType, values: Readonly<Record<string, string>>): { label: string; value: string }[] {
  const parts: { label: string; value: string }[] = [];
  if (type.basis.length) parts.push({ label: '法律依据', value: values['法律依据'] ?? '' });
  // Empty exactly when the letter states no remedy (R0).
  if (values['救济途径']) parts.push({ label: '救济途径', value: values['救济途径'] });
  return parts;
}
