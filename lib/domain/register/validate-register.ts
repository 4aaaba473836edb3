// Validates a whole register file before anything is imported (INTERFACES §1: a file with any
// invalid row imports nothing), collecting every problem of every row.
import { defaultWorkCalendar, type WorkCalendar } from '../calendar/work-calendar';
import type { IsoDate } from '../dates';
import { checkStepEvents } from './check-steps';
import { readSteps } from './read-steps';
import { stepEventsFor } from './step-events';
import { parseApplicantType, parseChannel, parseOutcome } from './case-labels';
import { mapHeader, type HeaderMap } from './header-map';
import type { RegisterProblem, ValidationResult } from './problems';
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
 * `cal`: the working-day calendar the steps are checked on (the database's, with an administrator's
 * corrections; the shipped one by default).
 */
export function validateRegisterRows(table: SheetTable, today: IsoDate, cal: WorkCalendar = defaultWorkCalendar()): ValidationResult<RegisterRow, RegisterColumnKey> {
  const map = mapHeader(table.header, REGISTER_COLUMNS, EXPORT_ONLY_HEADERS);
  const dataRows = table.rows.filter((row) => !isBlankRow(row));
  const fileLevel = fileProblems(table, dataRows, map.problems);
  if (fileLevel.length) return { ok: false, problems: fileLevel, warnings: map.warnings };

  const problems: RegisterProblem[] = [];
  const rows: RegisterRow[] = [];
  const columns = REGISTER_COLUMNS.map((c) => c.key).filter((key) => map.index[key] !== undefined);
  const firstRowOf = new Map<string, number>();
  for (const row of dataRows) {
    const valid = validateRow(row, map.index, today, cal, problems);
    const caseNo = cellText(row.cells[map.index.caseNo!]);
    const first = firstRowOf.get(caseNo);
    if (caseNo && first !== undefined) {
      problems.push({ row: row.rowNumber, column: '申请编号', message: `申请编号“${caseNo}”与第${first}行重复，同一文件中申请编号必须唯一` });
    } else if (caseNo) {
      firstRowOf.set(caseNo, row.rowNumber);
    }
    if (valid) rows.push(valid);
  }
  // Row by row, and within a row from left to right as the clerk reads the sheet.
  const position = (column: string) => map.index[REGISTER_COLUMNS.find((c) => c.header === column)?.key as RegisterColumnKey] ?? -1;
  problems.sort((a, b) => a.row - b.row || position(a.column) - position(b.column));
  return problems.length ? { ok: false, problems, warnings: map.warnings } : { ok: true, rows, warnings: map.warnings, columns };
}
