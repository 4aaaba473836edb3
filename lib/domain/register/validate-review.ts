// Validates a review file (行政复议 / 行政诉讼 records) the same way as the register: every problem
// of every row, nothing imported unless all rows are valid.
import type { IsoDate } from '../dates';
import { fileProblems } from './file-problems';
import { mapHeader, type HeaderMap } from './header-map';
import type { RegisterProblem, ValidationResult } from './problems';
import { REGISTER_MAX_LENGTH } from './register-columns';
import { REVIEW_FILE_COLUMNS, type ReviewColumnKey, type ReviewRow } from './review-columns';
import { parseReviewKind, parseReviewResult } from './review-labels';
import { rowReader } from './row-reader';
import { isBlankRow, type SheetRow, type SheetTable } from './sheet-table';

function validateRow(row: SheetRow, index: HeaderMap<ReviewColumnKey>['index'], today: IsoDate, problems: RegisterProblem[]): ReviewRow | null {
  const before = problems.length;
  const r = rowReader(row, index, REVIEW_FILE_COLUMNS, problems);
  const caseNo = r.textField('caseNo', { max: REGISTER_MAX_LENGTH.caseNo });
  const kind = r.labelField('kind', parseReviewKind, '不能为空，请填写行政复议、未经复议直接起诉或复议后起诉');
  const filedOn = r.dateField('filedOn', { today, requiredMessage: '不能为空，请填写收到复议申请书或起诉状之日' });
  const result = r.labelField('result', parseReviewResult);
  const decidedOn = r.dateField('decidedOn', { today });

  // Parsed (not raw) result: '尚未审结' in 结果 means no result, like an empty cell.
  const resultGiven = result !== null;
  const decidedGiven = r.text('decidedOn') !== '';
  const resultUnreadable = r.text('result') !== '' && !parseReviewResult(r.text('result')).ok;
  if (decidedGiven && !resultGiven && !resultUnreadable) {
    r.report('result', '填写了审结日期，必须同时填写结果（维持、纠正或其他）；尚未审结的请把审结日期也留空');
  }
  if (resultGiven && !decidedGiven) r.report('decidedOn', '填写了结果，必须同时填写审结日期；尚未审结的请把结果也留空');
  if (filedOn && decidedOn && decidedOn < filedOn) r.report('decidedOn', `审结日期 ${decidedOn} 早于收到日期 ${filedOn}，请核对`);

  if (problems.length > before || !kind || !filedOn) return null;
  return { rowNumber: row.rowNumber, caseNo: caseNo || null, kind, filedOn, result, decidedOn };
}

export function validateReviewRows(table: SheetTable, today: IsoDate): ValidationResult<ReviewRow> {
  const map = mapHeader(table.header, REVIEW_FILE_COLUMNS);
  const dataRows = table.rows.filter((row) => !isBlankRow(row));
  const fileLevel = fileProblems(table.header, dataRows.length, map.problems);
  if (fileLevel.length) return { ok: false, problems: fileLevel, warnings: map.warnings };

  const problems: RegisterProblem[] = [];
  const rows: ReviewRow[] = [];
  for (const row of dataRows) {
    const valid = validateRow(row, map.index, today, problems);
    if (valid) rows.push(valid);
  }
  return problems.length ? { ok: false, problems, warnings: map.warnings } : { ok: true, rows, warnings: map.warnings };
}
