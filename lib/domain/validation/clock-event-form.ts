import { computeFee } from '../fees';
import type { ClockEvent, ClockEventKind } from '../clock';
import { CLOCK_EVENT_KINDS } from '../clock';
import type { FieldErrors } from '../errors';

// Reads a clock-event form (all strings) into a ClockEvent. Only the shape is checked here:
// lengths, numbers, choices. The rules of RULES §3 (dates, order, limits) are validateClockEvent's.

type Values = Record<string, string | undefined>;
export type ParsedEvent = { ok: true; event: ClockEvent } | { ok: false; fieldErrors: FieldErrors };

const TEXT_LIMITS: Record<string, [string, number]> = {
  missing: ['需补正的内容', 1000],
  party: ['征求意见对象', 200],
  reason: ['理由', 1000],
  comment: ['审批意见', 1000],
};

/** The fields each step's form shows; a rule's message about any other field goes into the form's message. */
export const STEP_FORM_FIELDS: Record<ClockEventKind, readonly string[]> = {
  correction_requested: ['noticeOn', 'missing', 'periodDays'],
  correction_received: ['receivedOn'],
  consultation_sent: ['sentOn', 'party', 'partyKind'],
  consultation_answered: ['answeredOn'],
  fee_notified: ['noticeOn', 'deliveredOn', 'method', 'quantity', 'amount'],
  fee_paid: ['paidOn'],
  extension_requested: ['days', 'reason'],
  extension_decided: ['decision', 'decidedOn', 'notifiedOn', 'comment'],
  art35_set: ['dueOn', 'reason'],
};

export function isClockEventKind(kind: string): kind is ClockEventKind {
  return (CLOCK_EVENT_KINDS as readonly string[]).includes(kind);
}

export function clockEventFromForm(kind: ClockEventKind, values: Values, actorName: string, today: string): ParsedEvent {
  const errors: FieldErrors = {};
  const text = (field: string) => {
    const value = (values[field] ?? '').trim();
    const [label, max] = TEXT_LIMITS[field] ?? [field, 1000];
    if (value.length > max) errors[field] = [`${label}不能超过 ${max} 个字符。`];
    return value;
  };
  const date = (field: string) => (values[field] ?? '').trim();
  const optionalDate = (field: string) => date(field) || null;
  const int = (field: string, label: string) => {
    const raw = (values[field] ?? '').trim();
    if (!/^\d{1,6}$/.test(raw)) {
      errors[field] = [raw ? `${label}必须是正整数。` : `请填写${label}。`];
      return 0;
    }
    return Number(raw);
  };

  let event: ClockEvent;
  switch (kind) {
    case 'correction_requested':
      event = { kind, noticeOn: date('noticeOn'), missing: text('missing'), periodDays: int('periodDays', '补正期限') };
      break;
    case 'correction_received':
      event = { kind, receivedOn: date('receivedOn') };
      break;
    case 'consultation_sent':
      event = { kind, sentOn: date('sentOn'), party: text('party'), partyKind: values.partyKind === 'agency' ? 'agency' : 'third_party' };
      break;
    case 'consultation_answered':
      event = { kind, answeredOn: date('answeredOn') };
      break;
    case 'fee_notified': {
      const method = values.method === 'per_page' ? 'per_page' : 'per_application';
      const quantity = int('quantity', method === 'per_page' ? '页数' : '本月第几件');
      const amount = errors.quantity || quantity < 1 ? 0 : computeFee({ method, quantity }).amount;
      event = { kind, noticeOn: date('noticeOn'), deliveredOn: date('deliveredOn'), method, quantity, amount };
      break;
    }
    case 'fee_paid':
      event = { kind, paidOn: date('paidOn') };
      break;
    case 'extension_requested':
      // Requested today, always: a back-dated request could slip past an expired deadline.
      event = { kind, requestedOn: today, days: int('days', '延期天数'), reason: text('reason'), requestedBy: actorName };
      break;
    case 'extension_decided': {
      const approved = values.decision === 'approve';
      if (values.decision !== 'approve' && values.decision !== 'reject') errors.decision = ['请选择批准或不批准。'];
      event = { kind, decidedOn: date('decidedOn') || today, approved, approverName: actorName, notifiedOn: approved ? optionalDate('notifiedOn') : null, comment: text('comment') };
      break;
    }
    case 'art35_set':
      event = { kind, dueOn: date('dueOn'), reason: text('reason') };
      break;
  }
  return Object.keys(errors).length ? { ok: false, fieldErrors: errors } : { ok: true, event };
}
