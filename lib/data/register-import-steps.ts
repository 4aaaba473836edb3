import 'server-only';
import type { Db } from '@/db/client';
import type { cases } from '@/db/schema';
import type { WorkCalendar } from '@/lib/domain/calendar/work-calendar';
import type { Clock } from '@/lib/domain/clock';
import { checkStepEvents, stepEventsFor, stepHeader, type RegisterProblem, type RegisterRow, type StepEvent } from '@/lib/domain/register';
import { clockEventsOf, clockOf } from './case-clock';

// The steps a register row adds to a case (new or already held), checked with the rules of the case
// page against what the case has, and the deadline before and after, for the preview.

type Reader = Pick<Db, 'select'>;
type CaseRow = typeof cases.$inferSelect;

export type DeadlineChange = { before: Clock; after: Clock };
export type StepPlan = { steps: StepEvent[]; problems: RegisterProblem[]; deadline: DeadlineChange | null };

/**
 * `repliedOn`: the reply date the case will have after the import (the file's, or the stored one:
 * an import never reopens a case). `options`: the calendar and today, as the import computes clocks.
 */
export function planSteps(
  db: Reader,
  row: RegisterRow,
  existing: CaseRow | null,
  repliedOn: string | null,
  options: { calendar: WorkCalendar; today: string },
): StepPlan {
  const recorded = existing ? clockEventsOf(db, existing.id) : [];
  const { steps, conflicts } = stepEventsFor(row.steps, recorded);
  const unfit = conflicts.length ? [] : checkStepEvents({ receivedOn: row.receivedOn, repliedOn, recorded, steps }, options.calendar);
  const problems = [...conflicts, ...unfit].map((p) => ({ row: row.rowNumber, column: stepHeader(p.column), message: p.message }));
  if (problems.length || steps.length === 0) return { steps, problems, deadline: null };
  const before = clockOf(existing ?? { receivedOn: row.receivedOn, repliedOn }, recorded, options);
  const after = clockOf({ receivedOn: row.receivedOn, repliedOn }, [...recorded, ...steps.map((s) => s.event)], options);
  return { steps, problems, deadline: { before, after } };
}
