import type { Clock, ClockEventKind } from './types';

export type StepPermissions = { recordClock: boolean; requestExtension: boolean; approveExtension: boolean; setLaterDate: boolean };

// The order the case page shows the step forms in: decisions and awaited answers first.
const PAGE_ORDER: readonly ClockEventKind[] = [
  'extension_decided',
  'correction_received',
  'consultation_answered',
  'fee_paid',
  'correction_requested',
  'consultation_sent',
  'fee_notified',
  'extension_requested',
  'art35_set',
];

function permitted(kind: ClockEventKind, can: StepPermissions): boolean {
  if (kind === 'extension_decided') return can.approveExtension;
  if (kind === 'extension_requested') return can.requestExtension;
  if (kind === 'art35_set') return can.setLaterDate;
  return can.recordClock;
}

/** The steps the case page offers now: what the recorded steps allow (step-rules.ts) and the user may record. */
export function availableSteps(clock: Clock, can: StepPermissions): ClockEventKind[] {
  return PAGE_ORDER.filter((kind) => clock.allowedSteps.includes(kind) && permitted(kind, can));
}
