// Register (台账) and review files: reading, validating and writing them (INTERFACES §1). Pure.
export { parseCsv, CsvParseError } from './csv-parse';
export { toCsv, type CsvValue } from './csv-write';
export { neutraliseSpreadsheetText, restoreSpreadsheetText } from './neutralise';
export { parseRegisterDate } from './register-date';
export type { Parsed } from './parsed';
export { normaliseLabel } from './normalise-label';
export { parseApplicantType, parseChannel, parseOutcome, fileOutcomeLabel } from './case-labels';
export { parseReviewKind, parseReviewResult } from './review-labels';
export { formatProblem, problemCount, problemList, PROBLEMS_LISTED, type ProblemList, type RegisterProblem, type ValidationResult } from './problems';
export { tableFromCsv, cellText, isBlankRow, type SheetCell, type SheetRow, type SheetTable } from './sheet-table';
export {
  REGISTER_COLUMNS,
  REGISTER_HEADERS,
  REGISTER_MAX_LENGTH,
  STEP_COLUMNS,
  EXPORT_ONLY_HEADERS,
  stepHeader,
  type RegisterColumnKey,
  type StepColumnKey,
  type RegisterRow,
} from './register-columns';
export { NO_STEPS, hasSteps, registerStepsOf, stepCells, type RegisterSteps } from './register-steps';
export { stepEventsFor, NOT_IN_REGISTER, type StepEvent, type StepConflict } from './step-events';
export { checkStepEvents } from './check-steps';
export { deadlineChangeLine } from './deadline-lines';
export { REVIEW_FILE_COLUMNS, REVIEW_HEADERS, type ReviewRow } from './review-columns';
export { registerChecker, validateRegisterRows, type RegisterCheck } from './validate-register';
export { validateReviewRows } from './validate-review';
export { registerRowFromCase, reviewRowFromRecord, type RegisterExportCase, type ReviewExportRecord } from './register-export';
export { caseChangeLine, reviewChangeLine, capChangeLines, changeLineCap, CHANGE_LINES_SHOWN, type FieldChanges } from './change-lines';
