import type { Clock, ClockEventKind } from './types';

export type StepPermissions = { recordClock: boolean; requestExtension: boolean; approveExtension: boolean; setLaterDate: boolean };

/** The steps the case page offers now: what the clock's state allows and the user may record. */
export function availableSteps(clock: Clock, can: StepPermissions): ClockEventKind[] {
  if (clock.storedState === 'closed') return [];
  const openConsultation = clock.consultations.some((c) => c.answeredOn === null);
  const unpaidFee = clock.fee !== null && clock.fee.paidOn === null;
  const steps: ClockEventKind[] = [];
  if (can.approveExtension && clock.extension.state === 'pending') steps.push('extension_decided');
  if (can.recordClock) {
    if (clock.awaitingCorrection) steps.push('correction_received');
    if (openConsultation) steps.push('consultation_answered');
    if (unpaidFee) steps.push('fee_paid');
    if (!clock.correction && !openConsultation && !unpaidFee) steps.push('correction_requested');
    if (!clock.awaitingCorrection && !openConsultation) steps.push('consultation_sent');
    if (!clock.awaitingCorrection && !unpaidFee) steps.push('fee_notified');
  }
  if (can.requestExtension && !clock.awaitingCorrection && (clock.extension.state === 'none' || clock.extension.state === 'rejected')) {
    steps.push('extension_requested');
  }
  if (can.setLaterDate && !clock.art35 && clock.status !== 'overdue') steps.push('art35_set');
  return steps;
}
