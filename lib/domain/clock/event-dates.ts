// The date fields of each clock event and the checks every date field gets.

import { isIsoDate, type IsoDate } from '../dates';
import type { FieldErrors } from '../errors';
import type { ClockEvent, ClockEventKind } from './types';

/** The first field is the event's own date: errors about the event as a whole are shown there. */
export const EVENT_DATE_FIELDS: Record<ClockEventKind, readonly string[]> = {
  correction_requested: ['noticeOn'],
  correction_received: ['receivedOn'],
  consultation_sent: ['sentOn'],
  consultation_answered: ['answeredOn'],
  fee_notified: ['noticeOn', 'deliveredOn'],
  fee_paid: ['paidOn'],
  extension_requested: ['requestedOn'],
  extension_decided: ['decidedOn', 'notifiedOn'],
  art35_set: ['dueOn'],
};

export function primaryField(kind: ClockEventKind): string {
  return EVENT_DATE_FIELDS[kind][0];
}

/** The event's own date: the first of its date fields. */
export function eventDate(event: ClockEvent): IsoDate {
  return (event as unknown as Record<string, IsoDate>)[primaryField(event.kind)];
}

export function addError(errors: FieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

/**
 * Every date must be a real date, not before the received date and not after today; the Art. 35
 * date is a future deadline, so only the first two apply to it. Returns the fields whose dates are
 * usable for the ordering checks that follow.
 */
export function checkDates(
  event: ClockEvent,
  ctx: { receivedOn: IsoDate; today: IsoDate },
  errors: FieldErrors,
): Set<string> {
  const usable = new Set<string>();
  const values = event as unknown as Record<string, unknown>;
  for (const field of EVENT_DATE_FIELDS[event.kind]) {
    const value = values[field];
    if (value === null && field === 'notifiedOn') continue;
    if (typeof value !== 'string' || !isIsoDate(value)) {
      addError(errors, field, '请填写有效日期（YYYY-MM-DD）');
      continue;
    }
    if (value < ctx.receivedOn) {
      addError(errors, field, `日期不能早于收到申请日期（${ctx.receivedOn}）`);
      continue;
    }
    if (event.kind !== 'art35_set' && value > ctx.today) {
      addError(errors, field, `日期不能晚于今天（${ctx.today}）`);
      continue;
    }
    usable.add(field);
  }
  return usable;
}
