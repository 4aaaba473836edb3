// Validates a whole register file before anything is imported (INTERFACES §1: a file with any
// invalid row imports nothing), row by row as the file is read (registerChecker), collecting the
// problems of every row (the first PROBLEMS_LISTED listed, the rest counted).
import { defaultWorkCalendar, type WorkCalendar } from '../calendar/work-calendar';
import type { IsoDate } from '../dates';
import { checkStepEvents } from './check-steps';
import { readSteps } from './read-steps';
import { stepEventsFor } from './step-events';
import { parseApplicantType, parseChannel, parseOutcome } from './case-labels';
import { mapHeader, type HeaderMap } from './header-map';
import { problemList, type RegisterProblem, type ValidationResult } from './problems';
import { EXPORT_ONLY_HEADERS, REGISTER_COLUMNS, REGISTER_MAX_LENGTH as MAX, type RegisterColumnKey, type RegisterRow } from './register-columns';
import { rowReader } from './row-reader';
import { cellText, isBlankRow, type SheetRow, type SheetTable } from './sheet-table';
import { fileProblems } from './file-problems';

type ColumnIndex = HeaderMap<RegisterColumnKey>['index'];

function validateRow(row: SheetRow, index: ColumnIndex, today: IsoDate, cal: WorkCalendar, problems: RegisterProblem[]): RegisterRow | null {
  const before = problems.length;
  const r = rowReader(row, index, REGISTER_COLUMNS, problems);
  const caseNo = r.textField('caseNo', { max: MAX.caseNo, requiredMessage: '不能为空，请填写本机关的申请编号' });
  const receivedOn = r.dateField('receivedOn', { today, requiredMessage: '不能为空，请填写收到申请之日，如 2023-01-05' });
  const applicantType = r.labelField('applicantType', parseApplicantType, '不能为空，请填写自然人、商业企业、科研机构、社会公益组织、法律服务机构或其他');
  const applicantName = r.textField('applicantName', { max: MAX.applicantName, requiredMessage: '不能为空，请填写申请人姓名或单位名称' });
  // Optional cells left empty are null: the importer keeps an existing case's value for them.
  const channel = r.labelField('channel', parseChannel);
  const content = r.textField('content', { max: MAX.content });
  const repliedOn = r.dateField('repliedOn', { today });
  const outcome = r.labelField('outcome', parseOutcome);
  const replyDocNo = r.textField('replyDocNo', { max: MAX.replyDocNo });
  const handler = r.textField('handler', { max: MAX.handler });
  const registeredOn = r.dateField('registeredOn', { today });
  const steps = readSteps(r, today);

  // A case is closed exactly when it has a reply date, and a closed case has exactly one outcome.
  const hasReply = r.text('repliedOn') !== '';
  const hasOutcome = r.text('outcome') !== '';
  if (hasReply && !hasOutcome) r.report('outcome', '填写了答复日期，必须同时填写办理结果（如“予以公开”）；案件尚未办结的，请把答复日期也留空');
  if (hasOutcome && !hasReply) r.report('repliedOn', '填写了办理结果，必须同时填写答复日期；案件尚未办结的，请把办理结果也留空');
  if (receivedOn && repliedOn && repliedOn < receivedOn) {
    r.report('repliedOn', `答复日期 ${repliedOn} 早于收到日期 ${receivedOn}，请核对`);
  }
  if (problems.length > before || !caseNo || !receivedOn || !applicantType || !applicantName || !steps) return null;
  // The steps as on a new case; the import checks them again against what the case already has.
  const fit = checkStepEvents({ receivedOn, repliedOn, recorded: [], steps: stepEventsFor(steps, []).steps }, cal);
  for (const p of fit) r.report(p.column, p.message);
  if (fit.length) return null;
  return {
    rowNumber: row.rowNumber,
    caseNo,
    receivedOn,
    applicantType,
    applicantName,
    channel,
    content: content || null,
    repliedOn,
    outcome,
    replyDocNo: replyDocNo || null,
    handler: handler || null,
    registeredOn,
    steps,
  };
}

/**
 * Checks a register file row by row as it is read, keeping only what the whole file needs: the
 * first row of each 申请编号 (for duplicates) and a capped list of problems (problemList). `row`
 * returns the row as the importer takes it, or null when it is blank or has a problem; `result`
 * tells whether the whole file is fit to import. Rows are reported in the order of the sheet,
 * and within a row from left to right as the clerk reads it.
 * `cal`: the working-day calendar the steps are checked on (the database's, with an administrator's
 * corrections; the shipped one by default).
 */
export function registerChecker(header: readonly string[], today: IsoDate, cal: WorkCalendar = defaultWorkCalendar()) {
  const map = mapHeader(header, REGISTER_COLUMNS, EXPORT_ONLY_HEADERS);
  const columns = REGISTER_COLUMNS.map((c) => c.key).filter((key) => map.index[key] !== undefined);
  const position = (column: string) => map.index[REGISTER_COLUMNS.find((c) => c.header === column)?.key as RegisterColumnKey] ?? -1;
  const order = (a: RegisterProblem, b: RegisterProblem) => a.row - b.row || position(a.column) - position(b.column);
  const problems = problemList();
  const firstRowOf = new Map<string, number>();
  let dataRows = 0;
  return {
    columns,
    /** No problem so far. */
    fit: () => map.problems.length === 0 && problems.total === 0,
    row(row: SheetRow): RegisterRow | null {
      if (isBlankRow(row)) return null;
      dataRows += 1;
      if (map.problems.length) return null; // the columns cannot be found: rows are not read
      const found: RegisterProblem[] = [];
      const valid = validateRow(row, map.index, today, cal, found);
      const caseNo = cellText(row.cells[map.index.caseNo!]);
      const first = firstRowOf.get(caseNo);
      if (caseNo && first !== undefined) {
        found.push({ row: row.rowNumber, column: '申请编号', message: `申请编号“${caseNo}”与第${first}行重复，同一文件中申请编号必须唯一` });
      } else if (caseNo) {
        firstRowOf.set(caseNo, row.rowNumber);
      }
      problems.add(...found.sort(order));
      return found.length ? null : valid;
    },
    /** After the last row: the verdict on the whole file, the data rows counted. */
    result(): RegisterCheck {
      const fileLevel = fileProblems(header, dataRows, map.problems);
      if (fileLevel.length) return { ok: false, problems: fileLevel, warnings: map.warnings };
      if (problems.total) return { ok: false, problems: problems.list(order), warnings: map.warnings };
      return { ok: true, rows: dataRows, warnings: map.warnings, columns };
    },
  };
}

export type RegisterCheck =
  | { ok: true; rows: number; warnings: string[]; columns: RegisterColumnKey[] }
  | { ok: false; problems: RegisterProblem[]; warnings: string[] };

/** A whole register file at once (registerChecker over its rows). */
export function validateRegisterRows(table: SheetTable, today: IsoDate, cal: WorkCalendar = defaultWorkCalendar()): ValidationResult<RegisterRow, RegisterColumnKey> {
  const checker = registerChecker(table.header, today, cal);
  const rows: RegisterRow[] = [];
  for (const row of table.rows) {
    const valid = checker.row(row);
    if (valid) rows.push(valid);
  }
  const result = checker.result();
  return result.ok ? { ...result, rows } : result;
}
