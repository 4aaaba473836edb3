// The statutory clock of a case (RULES §3) is derived from its recorded events; these types are the
// JSON stored in case_events.data, keyed by `kind`.

import type { IsoDate } from '../dates';
import type { FeeMethod } from '../fees';
import type { ClockStatus } from './status';

export type { ClockStatus } from './status';

export type ClockEvent =
  /** 补正通知: `periodDays` working days given to the applicant. */
  | { kind: 'correction_requested'; noticeOn: IsoDate; missing: string; periodDays: number }
  /** The corrected application arrived: the 20 days start again from this date. */
  | { kind: 'correction_received'; receivedOn: IsoDate }
  | { kind: 'consultation_sent'; sentOn: IsoDate; party: string; partyKind: 'third_party' | 'agency' }
  | { kind: 'consultation_answered'; answeredOn: IsoDate }
  | FeeNotice
  | FeeNoticeFromRegister
  | { kind: 'fee_paid'; paidOn: IsoDate }
  | { kind: 'extension_requested'; requestedOn: IsoDate; days: number; reason: string; requestedBy: string }
  | {
      kind: 'extension_decided';
      decidedOn: IsoDate;
      approved: boolean;
      approverName: string;
      notifiedOn: IsoDate | null;
      comment: string;
    }
  | { kind: 'art35_set'; dueOn: IsoDate; reason: string };

/** A fee notice entered on the case page: charged by one method of 国办函〔2020〕109号. */
export interface FeeNotice {
  kind: 'fee_notified';
  noticeOn: IsoDate;
  deliveredOn: IsoDate;
  method: FeeMethod;
  quantity: number;
  amount: number;
}

/**
 * A fee notice taken from a register file, which states at most the amount (INTERFACES §1:
 * informational) and not how it was charged; delivery is taken to be the notice day.
 */
export interface FeeNoticeFromRegister {
  kind: 'fee_notified';
  noticeOn: IsoDate;
  deliveredOn: IsoDate;
  method: null;
  quantity: null;
  amount: number | null;
}

export type ClockEventKind = ClockEvent['kind'];
export type ClockEventOf<K extends ClockEventKind> = Extract<ClockEvent, { kind: K }>;

export const CLOCK_EVENT_KINDS = [
  'correction_requested',
  'correction_received',
  'consultation_sent',
  'consultation_answered',
  'fee_notified',
  'fee_paid',
  'extension_requested',
  'extension_decided',
  'art35_set',
] as const satisfies readonly ClockEventKind[];

/** The state stored on the case for lists: a pause only while it holds today (see clockPhase). */
export type StoredClockState = 'running' | 'paused_consultation' | 'paused_fee' | 'awaiting_correction' | 'closed';

export interface ClockInput {
  receivedOn: IsoDate;
  /** In recorded order. */
  events: readonly ClockEvent[];
  /** Null while the case is open. */
  repliedOn: IsoDate | null;
  today: IsoDate;
  /** "Due soon" at this many working days left or fewer: the agency's setting (RULES §3: 5 by default). */
  dueSoonDays?: number;
}

export interface ClockPause {
  kind: 'consultation' | 'fee' | 'correction';
  since: IsoDate;
  /** Consultation only: the 15th working day after sending, the last day the pause can last. */
  resumesBy?: IsoDate;
}

export interface CorrectionSummary {
  noticeOn: IsoDate;
  missing: string;
  periodDays: number;
  /** noticeOn + periodDays working days: the applicant's deadline. */
  dueOn: IsoDate;
  /** The corrected application's date, null while awaited. */
  receivedOn: IsoDate | null;
}

export interface ConsultationSummary {
  sentOn: IsoDate;
  party: string;
  partyKind: 'third_party' | 'agency';
  answeredOn: IsoDate | null;
  /** sentOn + 15 working days: the pause never runs past it (RULES Decision). */
  capOn: IsoDate;
  /** The last paused day: min(answer or, while open, today; capOn). */
  pausedUntil: IsoDate;
  /** Still unanswered after capOn: the agency decides alone. */
  capReached: boolean;
}

export interface FeeSummary {
  /** null for a notice taken from a register file (see ClockEvent). */
  method: FeeMethod | null;
  quantity: number | null;
  amount: number | null;
  noticeOn: IsoDate;
  deliveredOn: IsoDate;
  /** deliveredOn + 20 working days. */
  payBy: IsoDate;
  paidOn: IsoDate | null;
  unpaidExpired: boolean;
}

export interface ExtensionSummary {
  state: 'none' | 'pending' | 'approved' | 'rejected';
  days: number | null;
  reason: string | null;
  requestedBy: string | null;
  requestedOn: IsoDate | null;
  approverName: string | null;
  decidedOn: IsoDate | null;
  notifiedOn: IsoDate | null;
  comment: string | null;
}

export interface Clock {
  /** Received date, or the latest corrected-received date; while a correction is awaited, today (estimate). */
  startOn: IsoDate;
  restarted: boolean;
  /** startOn + 20 working days. */
  baseDueOn: IsoDate;
  /** base + approved extension + paused working days, before any Art. 35 date. */
  statutoryDueOn: IsoDate;
  /** The effective deadline: the Art. 35 date when set, else statutoryDueOn. */
  replyDueOn: IsoDate;
  /** replyDueOn still moves: a pause or a correction is open. */
  replyDueOnIsEstimate: boolean;
  /** A counted day lies in a year without an official holiday schedule (暂定). */
  provisional: boolean;
  art35: { dueOn: IsoDate; reason: string } | null;
  /** receivedOn + 7 working days (Art. 30). */
  correctionNoticeDueOn: IsoDate;
  /** The correction notice went out after correctionNoticeDueOn; null without a notice. */
  correctionNoticeLate: boolean | null;
  correction: CorrectionSummary | null;
  awaitingCorrection: boolean;
  correctionDueOn: IsoDate | null;
  /** Awaited correction past its period: offer to close as other.no_correction. */
  correctionExpired: boolean;
  /** The pause in force today; null when the clock runs or the case is closed. */
  pause: ClockPause | null;
  /** Working days that moved the deadline. */
  pausedWorkingDays: number;
  consultations: ConsultationSummary[];
  extension: ExtensionSummary;
  /** The latest fee notice. */
  fee: FeeSummary | null;
  /** Fee unpaid 20 working days after delivery: offer to close as other.fee_unpaid. */
  feeUnpaidExpired: boolean;
  /** From today to replyDueOn: 0 on the due date, negative when overdue; null once closed. */
  workingDaysLeft: number | null;
  status: ClockStatus;
  /** The threshold the status was judged with, for the badge's explanation. */
  dueSoonDays: number;
  storedState: StoredClockState;
  /** Closed late: working days from the due date to the reply date; else null. */
  lateByWorkingDays: number | null;
  /** The kinds of step the recorded ones allow next (step-rules.ts), whoever may record them. */
  allowedSteps: ClockEventKind[];
}
