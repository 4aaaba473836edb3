// Shared by the clock tests: short builders for events, a clock on the default calendar, and
// random valid histories (each step kept only if validateClockEvent accepts it, as the product would).

import fc from 'fast-check';
import { defaultWorkCalendar } from '@/lib/domain/calendar/work-calendar';
import { computeClock, validateClockEvent, type ClockEvent, type ClockEventOf } from '@/lib/domain/clock';
import type { FeeNotice } from '@/lib/domain/clock/types';
import { addDays } from '@/lib/domain/dates';
import { feeForPages } from '@/lib/domain/fees';

export const cal = defaultWorkCalendar();

export function clockOf(receivedOn: string, events: ClockEvent[], today: string, repliedOn: string | null = null, dueSoonDays?: number) {
  return computeClock({ receivedOn, events, today, repliedOn, dueSoonDays }, cal);
}

export const ev = {
  correctionRequested: (noticeOn: string, periodDays = 10): ClockEventOf<'correction_requested'> => ({
    kind: 'correction_requested',
    noticeOn,
    missing: '申请内容描述不明确',
    periodDays,
  }),
  correctionReceived: (receivedOn: string): ClockEventOf<'correction_received'> => ({ kind: 'correction_received', receivedOn }),
  consultationSent: (sentOn: string): ClockEventOf<'consultation_sent'> => ({
    kind: 'consultation_sent',
    sentOn,
    party: '某某公司',
    partyKind: 'third_party',
  }),
  consultationAnswered: (answeredOn: string): ClockEventOf<'consultation_answered'> => ({ kind: 'consultation_answered', answeredOn }),
  feeNotified: (noticeOn: string, deliveredOn = noticeOn, quantity = 250): FeeNotice => ({
    kind: 'fee_notified',
    noticeOn,
    deliveredOn,
    method: 'per_page',
    quantity,
    amount: 4700,
  }),
  feePaid: (paidOn: string): ClockEventOf<'fee_paid'> => ({ kind: 'fee_paid', paidOn }),
  extensionRequested: (requestedOn: string, days = 15): ClockEventOf<'extension_requested'> => ({
    kind: 'extension_requested',
    requestedOn,
    days,
    reason: '需要调取档案',
    requestedBy: '张三',
  }),
  extensionDecided: (decidedOn: string, approved: boolean, notifiedOn: string | null = approved ? decidedOn : null): ClockEventOf<'extension_decided'> => ({
    kind: 'extension_decided',
    decidedOn,
    approved,
    approverName: '李主任',
    notifiedOn,
    comment: '',
  }),
  art35: (dueOn: string): ClockEventOf<'art35_set'> => ({ kind: 'art35_set', dueOn, reason: '申请数量明显超过合理范围' }),
};

const offset = (max: number) => fc.integer({ min: 0, max });
const step = fc.record({ kind: fc.integer({ min: 0, max: 8 }), gap: offset(12), n: fc.integer({ min: 1, max: 25 }), yes: fc.boolean() });
export type HistoryStep = { kind: number; gap: number; n: number; yes: boolean };
/** Proposed steps, each some days after the previous one; play() keeps the valid ones. */
export const historyArb = (maxLength = 12) => fc.array(step, { maxLength });

function propose(kind: number, on: string, n: number, yes: boolean): ClockEvent {
  switch (kind) {
    case 0:
      return ev.correctionRequested(on, n);
    case 1:
      return ev.correctionReceived(on);
    case 2:
      return ev.consultationSent(on);
    case 3:
      return ev.consultationAnswered(on);
    case 4: {
      const quantity = 30 + n * 10;
      return { ...ev.feeNotified(on, on, quantity), amount: feeForPages(quantity).amount };
    }
    case 5:
      return ev.feePaid(on);
    case 6:
      return ev.extensionRequested(on, n);
    case 7:
      return ev.extensionDecided(on, yes);
    default:
      return ev.art35(addDays(on, 40 + n));
  }
}

/**
 * The events of a history the validator accepts (today = the day each is recorded), the day each
 * was recorded (in order), and the last of them.
 */
export function play(receivedOn: string, steps: readonly HistoryStep[]): { events: ClockEvent[]; days: string[]; last: string } {
  const events: ClockEvent[] = [];
  const days: string[] = [];
  let last = receivedOn;
  for (const s of steps) {
    const on = addDays(last, s.gap);
    const candidate = propose(s.kind, on, s.n, s.yes);
    if (Object.keys(validateClockEvent(candidate, { receivedOn, events, repliedOn: null, today: on }, cal)).length === 0) {
      events.push(candidate);
      days.push(on);
      last = on;
    }
  }
  return { events, days, last };
}
