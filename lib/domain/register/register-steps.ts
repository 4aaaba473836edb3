// A case's steps as one register row holds them (INTERFACES §1): its correction, its consultations
// and fee notices in order, and its approved extension. A case page may record a second
// consultation or fee notice after the first one ended; the register lists them in one cell,
// separated by '；', so that an export goes back in with the same deadline.
import type { IsoDate } from '../dates';
import { approvedExtension, buildTimeline } from '../clock/timeline';
import type { ClockEvent } from '../clock/types';
import type { StepColumnKey } from './register-columns';

export type RegisterSteps = {
  correction: { noticeOn: IsoDate; receivedOn: IsoDate | null } | null;
  consultations: { sentOn: IsoDate; answeredOn: IsoDate | null }[];
  /** amount: the notified amount in yuan, null when not stated. */
  fees: { noticeOn: IsoDate; paidOn: IsoDate | null; amount: number | null }[];
  /** An approved extension and the day the applicant was told. */
  extension: { days: number; notifiedOn: IsoDate } | null;
};

export const NO_STEPS: RegisterSteps = { correction: null, consultations: [], fees: [], extension: null };

/** What separates several dates or amounts in one cell; '；' is what the product writes. */
export const LIST_SEPARATOR = '；';
export const LIST_SEPARATORS = /[;；、\r\n]/;

export function hasSteps(s: RegisterSteps): boolean {
  return s.correction !== null || s.consultations.length > 0 || s.fees.length > 0 || s.extension !== null;
}

/**
 * The steps recorded on a case, as its register row shows them. A pending or refused extension
 * does not move the deadline and is not a register step.
 */
export function registerStepsOf(events: readonly ClockEvent[]): RegisterSteps {
  const t = buildTimeline(events);
  const correction = t.corrections[0];
  const extension = approvedExtension(t);
  return {
    correction: correction ? { noticeOn: correction.request.noticeOn, receivedOn: correction.receivedOn } : null,
    consultations: t.consultations.map((c) => ({ sentOn: c.sent.sentOn, answeredOn: c.answeredOn })),
    fees: t.fees.map((f) => ({ noticeOn: f.notice.noticeOn, paidOn: f.paidOn, amount: f.notice.amount })),
    extension: extension?.decision
      ? { days: extension.request.days, notifiedOn: extension.decision.notifiedOn ?? extension.decision.decidedOn }
      : null,
  };
}

type Cell = string | number | null;

/** One value as it is, several joined by '；' ('' for a missing one in the middle), none as an empty cell. */
function listCell(values: readonly (string | number | null)[]): Cell {
  let end = values.length;
  while (end > 0 && values[end - 1] === null) end--;
  const kept = values.slice(0, end);
  if (kept.length === 0) return null;
  if (kept.length === 1) return kept[0];
  return kept.map((v) => (v === null ? '' : String(v))).join(LIST_SEPARATOR);
}

/** The step cells of an exported row. */
export function stepCells(s: RegisterSteps): Record<StepColumnKey, Cell> {
  return {
    correctionNoticeOn: s.correction?.noticeOn ?? null,
    correctionReceivedOn: s.correction?.receivedOn ?? null,
    consultationSentOn: listCell(s.consultations.map((c) => c.sentOn)),
    consultationAnsweredOn: listCell(s.consultations.map((c) => c.answeredOn)),
    feeNoticeOn: listCell(s.fees.map((f) => f.noticeOn)),
    feePaidOn: listCell(s.fees.map((f) => f.paidOn)),
    feeAmount: listCell(s.fees.map((f) => f.amount)),
    extensionDays: s.extension?.days ?? null,
    extensionNotifiedOn: s.extension?.notifiedOn ?? null,
  };
}
