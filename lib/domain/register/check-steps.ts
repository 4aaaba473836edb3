// Checks the steps a register row adds to a case with the rules of the case page
// (validateClockEvent): each step in the order it happened, against the case's received date and
// the steps before it, as if a clerk had entered it on its own day. So the deadline in force when
// an extension was told is the one the case page showed that day. A step may not come after the
// reply, as the page refuses a reply dated before a recorded step.
import type { WorkCalendar } from '../calendar/work-calendar';
import type { IsoDate } from '../dates';
import { eventDate } from '../clock/event-dates';
import type { ClockEvent } from '../clock/types';
import { validateClockEvent } from '../clock/validate-event';
import type { StepColumnKey } from './register-columns';
import { stepColumnOf, type StepConflict, type StepEvent } from './step-events';

export type StepCheckInput = {
  receivedOn: IsoDate;
  /** The reply date the case will have after the import, null while open. */
  repliedOn: IsoDate | null;
  /** The clock events already recorded on the case, in recorded order. */
  recorded: readonly ClockEvent[];
  steps: readonly StepEvent[];
};

/** Every problem with the steps, at most one per column (the first; later ones often follow from it). */
export function checkStepEvents(input: StepCheckInput, cal: WorkCalendar): StepConflict[] {
  const problems = new Map<StepColumnKey, string>();
  const report = (column: StepColumnKey, message: string) => {
    if (!problems.has(column)) problems.set(column, message);
  };
  const events: ClockEvent[] = [...input.recorded];
  for (const { event, on } of input.steps) {
    const errors = validateClockEvent(event, { receivedOn: input.receivedOn, events, repliedOn: null, today: on }, cal);
    for (const [field, messages] of Object.entries(errors)) {
      const value = (event as unknown as Record<string, unknown>)[field];
      const shown = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `（文件中为 ${value}）` : '';
      for (const message of messages ?? []) report(stepColumnOf(event, field), `${message}${shown}`);
    }
    // Checked or not, the step stays in the history, so that one wrong date is reported once and
    // not again as "no open consultation" for its answer.
    events.push(event);
    const date = eventDate(event);
    if (input.repliedOn && date > input.repliedOn) {
      report(stepColumnOf(event, ''), `日期 ${date} 晚于答复日期 ${input.repliedOn}：答复后不能再登记办理步骤，答复日期不能早于办理步骤的日期，请核对`);
    }
  }
  return [...problems].map(([column, message]) => ({ column, message }));
}
