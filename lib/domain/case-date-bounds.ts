// Once steps (补正, 征求意见, 收费, 延期) or 复议/诉讼 records are recorded on a case, its received date
// may not move after them and its reply date may not come before its last step. One rule for the
// case form and the register import alike; each words the conflict for its own screen.
import type { IsoDate } from './dates';

export type RecordedStep = { on: IsoDate; title: string };

/** What is recorded on a case that bounds its dates. */
export type RecordedDates = { firstStep: RecordedStep | null; lastStep: RecordedStep | null; firstReviewOn: IsoDate | null };

export type ReceivedConflict = ({ kind: 'step' } & RecordedStep) | { kind: 'review'; on: IsoDate };

/** What a received date would come after: the first step, then the first linked review. */
export function receivedOnConflicts(receivedOn: IsoDate, recorded: RecordedDates): ReceivedConflict[] {
  const conflicts: ReceivedConflict[] = [];
  if (recorded.firstStep && recorded.firstStep.on < receivedOn) conflicts.push({ kind: 'step', ...recorded.firstStep });
  if (recorded.firstReviewOn && recorded.firstReviewOn < receivedOn) conflicts.push({ kind: 'review', on: recorded.firstReviewOn });
  return conflicts;
}

/** The earliest of the conflicts (a step before a review on the same day), or null. */
export function earliestConflict(conflicts: readonly ReceivedConflict[]): ReceivedConflict | null {
  return conflicts.reduce<ReceivedConflict | null>((first, c) => (first === null || c.on < first.on ? c : first), null);
}

/** The step a reply date would come before, or null. */
export function repliedOnConflict(repliedOn: IsoDate, recorded: RecordedDates): RecordedStep | null {
  return recorded.lastStep && repliedOn < recorded.lastStep.on ? recorded.lastStep : null;
}
