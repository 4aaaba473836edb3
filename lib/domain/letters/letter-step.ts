import type { ClockEvent } from '../clock/types';
import { computeFee } from '../fees';
import type { LetterType } from './letter-types';
import { FEE_METHOD_BY_LABEL, type ClerkValues } from './values';

// The clock step a procedural letter records when it is issued: the same event, with the same data,
// that the step forms on the case page record by hand (RULES §3), dated by the letter.

export type ExtensionStep = { kind: 'extension'; days: number; reason: string; requestedOn: string; requestedBy: string; decidedOn: string; notifiedOn: string; comment: string };
export type LetterStep = { kind: 'event'; event: ClockEvent } | ExtensionStep;

/** requestedOn: the day the letter went for approval; approvedOn: the day a supervisor approved it. */
export type IssueFacts = { issuedOn: string; feeDeliveredOn: string; docNo: string; requestedOn: string; requestedBy: string; approvedOn: string };

const str = (v: ClerkValues[string]) => (typeof v === 'string' ? v.trim() : '');

export function letterStep(type: LetterType, clerk: ClerkValues, facts: IssueFacts): LetterStep | null {
  switch (type.kind) {
    case 'correction':
      return { kind: 'event', event: { kind: 'correction_requested', noticeOn: facts.issuedOn, missing: str(clerk['补正内容']), periodDays: Number(str(clerk['补正期限'])) } };
    case 'consultation':
      // The notice to the applicant (OGI 33 ¶3) records nothing: the letter to the party does.
      if (type.variant === 'applicant') return null;
      return { kind: 'event', event: { kind: 'consultation_sent', sentOn: facts.issuedOn, party: str(clerk['征求意见对象']), partyKind: type.variant === 'agency' ? 'agency' : 'third_party' } };
    case 'fee': {
      const method = FEE_METHOD_BY_LABEL[str(clerk['计收方式'])] ?? 'per_application';
      const quantity = Number(str(clerk['计收数量']));
      const amount = Number.isInteger(quantity) && quantity > 0 ? computeFee({ method, quantity }).amount : 0;
      return { kind: 'event', event: { kind: 'fee_notified', noticeOn: facts.issuedOn, deliveredOn: facts.feeDeliveredOn, method, quantity, amount } };
    }
    case 'extension':
      return {
        kind: 'extension',
        days: Number(str(clerk['延期天数'])),
        reason: str(clerk['延期理由']),
        requestedOn: facts.requestedOn,
        requestedBy: facts.requestedBy,
        decidedOn: facts.approvedOn,
        notifiedOn: facts.issuedOn,
        comment: `延长答复期限告知书（${facts.docNo}）`,
      };
    default:
      return null;
  }
}
