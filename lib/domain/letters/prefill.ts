import { buildTimeline, pendingExtension } from '../clock/timeline';
import type { ClockEvent } from '../clock/types';
import { FEE_METHOD_LABELS } from '../fees';
import type { LetterType } from './letter-types';
import type { ClerkValues } from './values';

// A new draft starts from what the case already records: the correction asked for, the party
// consulted, the fee notified, the extension requested, the earlier notice a reply must cite.

export type PrefillSources = {
  events: readonly ClockEvent[];
  correctionPeriodDays: number;
  /** 文号 of the issued correction letter, if any. */
  correctionLetterNo: string | null;
  /** The earlier reply a duplicate application repeats (the related case's). */
  relatedReply: { docNo: string | null; repliedOn: string } | null;
};

export function prefillClerkValues(type: LetterType, src: PrefillSources): ClerkValues {
  const t = buildTimeline(src.events);
  const correction = t.corrections.at(-1)?.request;
  const consultation = t.consultations.at(-1)?.sent;
  const fee = t.fees.at(-1)?.notice;
  const extension = pendingExtension(t)?.request ?? t.extensions.find((x) => x.decision?.approved)?.request;
  const v: ClerkValues = {};
  switch (type.kind) {
    case 'correction':
      v['补正期限'] = String(correction?.periodDays ?? src.correctionPeriodDays);
      if (correction) v['补正内容'] = correction.missing;
      break;
    case 'consultation':
      if (consultation && consultation.partyKind === type.variant) v['征求意见对象'] = consultation.party;
      break;
    case 'extension':
      if (extension) Object.assign(v, { 延期天数: String(extension.days), 延期理由: extension.reason });
      break;
    case 'fee':
      // A fee notice taken from a register carries no method: the clerk fills it in.
      if (fee?.method) Object.assign(v, { 计收方式: FEE_METHOD_LABELS[fee.method], 计收数量: String(fee.quantity) });
      break;
    case 'reply':
      if (type.required.includes('补正告知日期') || type.optional.includes('补正告知日期')) {
        if (correction) v['补正告知日期'] = correction.noticeOn;
        if (src.correctionLetterNo) v['补正告知书文号'] = src.correctionLetterNo;
      }
      if (type.required.includes('收费通知日期') && fee) v['收费通知日期'] = fee.noticeOn;
      if (type.required.includes('原答复日期') && src.relatedReply) {
        v['原答复日期'] = src.relatedReply.repliedOn;
        if (src.relatedReply.docNo) v['原答复文号'] = src.relatedReply.docNo;
      }
      break;
  }
  return v;
}
