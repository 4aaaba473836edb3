// Folds the events of a case, in recorded order, into the chains the clock reads. Pairing is by
// recorded order: an answer closes the open consultation, a payment the unpaid notice, a decision the
// pending request. Events that pair with nothing are ignored here (validateClockEvent refuses them).

import type { IsoDate } from '../dates';
import type { ClockEvent, ClockEventOf } from './types';

export interface CorrectionChain {
  request: ClockEventOf<'correction_requested'>;
  receivedOn: IsoDate | null;
}

export interface ConsultationChain {
  sent: ClockEventOf<'consultation_sent'>;
  answeredOn: IsoDate | null;
}

export interface FeeChain {
  notice: ClockEventOf<'fee_notified'>;
  paidOn: IsoDate | null;
}

export interface ExtensionChain {
  request: ClockEventOf<'extension_requested'>;
  decision: ClockEventOf<'extension_decided'> | null;
}

export interface Timeline {
  corrections: CorrectionChain[];
  consultations: ConsultationChain[];
  fees: FeeChain[];
  extensions: ExtensionChain[];
  art35: ClockEventOf<'art35_set'> | null;
}

function lastOpen<T>(items: T[], isOpen: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (isOpen(items[i])) return items[i];
  return undefined;
}

export function buildTimeline(events: readonly ClockEvent[]): Timeline {
  const t: Timeline = { corrections: [], consultations: [], fees: [], extensions: [], art35: null };
  for (const e of events) {
    switch (e.kind) {
      case 'correction_requested':
        t.corrections.push({ request: e, receivedOn: null });
        break;
      case 'correction_received': {
        const open = lastOpen(t.corrections, (c) => c.receivedOn === null);
        if (open) open.receivedOn = e.receivedOn;
        break;
      }
      case 'consultation_sent':
        t.consultations.push({ sent: e, answeredOn: null });
        break;
      case 'consultation_answered': {
        const open = lastOpen(t.consultations, (c) => c.answeredOn === null);
        if (open) open.answeredOn = e.answeredOn;
        break;
      }
      case 'fee_notified':
        t.fees.push({ notice: e, paidOn: null });
        break;
      case 'fee_paid': {
        const open = lastOpen(t.fees, (f) => f.paidOn === null);
        if (open) open.paidOn = e.paidOn;
        break;
      }
      case 'extension_requested':
        t.extensions.push({ request: e, decision: null });
        break;
      case 'extension_decided': {
        const open = lastOpen(t.extensions, (x) => x.decision === null);
        if (open) open.decision = e;
        break;
      }
      case 'art35_set':
        t.art35 = e;
        break;
    }
  }
  return t;
}

export const openCorrection = (t: Timeline) => lastOpen(t.corrections, (c) => c.receivedOn === null) ?? null;
export const openConsultation = (t: Timeline) => lastOpen(t.consultations, (c) => c.answeredOn === null) ?? null;
export const unpaidFee = (t: Timeline) => lastOpen(t.fees, (f) => f.paidOn === null) ?? null;
export const pendingExtension = (t: Timeline) => lastOpen(t.extensions, (x) => x.decision === null) ?? null;
export const approvedExtension = (t: Timeline) => t.extensions.find((x) => x.decision?.approved) ?? null;
