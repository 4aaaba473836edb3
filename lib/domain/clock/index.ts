export * from './types';
export { computeClock, workingDaysLate, REPLY_PERIOD_WORKING_DAYS, CORRECTION_NOTICE_WORKING_DAYS, FEE_PAYMENT_WORKING_DAYS, DEFAULT_DUE_SOON_DAYS } from './compute-clock';
export { validateClockEvent, MAX_EXTENSION_WORKING_DAYS, type ClockEventContext } from './validate-event';
export { closeSuggestions, type CloseSuggestion } from './close-suggestions';
export { CONSULTATION_CAP_WORKING_DAYS } from './pauses';
export { STATUS_LABELS, STATUS_EXPLANATIONS, STORED_STATE_LABELS, CLOCK_EVENT_LABELS, CLOCK_DECISIONS } from './labels';
export { EVENT_DATE_FIELDS, type FieldErrors } from './event-dates';
export { statusFromStored, dueSoonUntil, type StoredClock, type ListStatus } from './stored-status';
export { availableSteps, type StepPermissions } from './available-steps';
