// The statutory clock of a case (RULES §3). Public API:
// - computeClock: the whole clock of one case from its events (case page, stored columns);
// - status.ts: the ClockStatus vocabulary and one ClockPredicate per status (statusPredicate),
//   evaluated in memory by matchesClock / clockStatusOf and translated to SQL by
//   lib/data/clock-status-sql.ts; status-filters.ts groups them for the case list;
// - validateClockEvent / availableSteps: what may be recorded next (step-rules.ts).
export * from './types';
export { computeClock } from './compute-clock';
export { REPLY_PERIOD_WORKING_DAYS } from './period';
export { CORRECTION_NOTICE_WORKING_DAYS, FEE_PAYMENT_WORKING_DAYS } from './summaries';
export { workingDaysLate, workingDaysLeft } from './days-left';
export {
  CLOCK_STATUSES,
  DEFAULT_DUE_SOON_DAYS,
  clockStatusOf,
  dueSoonUntil,
  matchesClock,
  statusDay,
  statusPredicate,
  type ClockPredicate,
  type StatusDay,
  type StoredClock,
} from './status';
export { STATUS_FILTERS, filterPredicate, isStatusFilter, type StatusFilter } from './status-filters';
export { DUE_WINDOWS, dueWindowEnds, dueWindowPredicate, endOfWeek, isDueWindow, type DueWindow } from './due-windows';
export { statusFromStored, type ListStatus } from './stored-status';
export { validateClockEvent, MAX_EXTENSION_WORKING_DAYS, type ClockEventContext } from './validate-event';
export { stepRefusal, type StepContext } from './step-rules';
export { closeSuggestions, type CloseSuggestion } from './close-suggestions';
export { CONSULTATION_CAP_WORKING_DAYS } from './pauses';
export { STATUS_LABELS, statusExplanation, STORED_STATE_LABELS, CLOCK_EVENT_LABELS, clockDecisions, badgeText } from './labels';
export { EVENT_DATE_FIELDS } from './event-dates';
export { availableSteps, type StepPermissions } from './available-steps';
