// Shared by the clock tests: short builders for events and a clock on the default calendar.

import { defaultWorkCalendar } from '../calendar/work-calendar';
import { computeClock } from './compute-clock';
import type { ClockEvent, ClockEventOf, FeeNotice } from './types';

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
