// The columns of the register file (INTERFACES §1), in the order the product exports them: the
// documented columns, the step columns, the export-only columns, then the product's own extras.
import { CASE_NO_MAX_LENGTH } from '../case-number';
import type { ApplicantType, Channel, OutcomeCode } from '../categories';
import type { IsoDate } from '../dates';
import type { ColumnSpec } from './header-map';
import type { RegisterSteps } from './register-steps';

export type RegisterColumnKey =
  | 'caseNo'
  | 'receivedOn'
  | 'applicantType'
  | 'applicantName'
  | 'channel'
  | 'content'
  | 'repliedOn'
  | 'outcome'
  | 'replyDocNo'
  | 'handler'
  | 'registeredOn'
  | StepColumnKey;

/** The optional step columns of INTERFACES §1: a case's steps, recorded as if entered on its page. */
export type StepColumnKey =
  | 'correctionNoticeOn'
  | 'correctionReceivedOn'
  | 'consultationSentOn'
  | 'consultationAnsweredOn'
  | 'feeNoticeOn'
  | 'feePaidOn'
  | 'feeAmount'
  | 'extensionDays'
  | 'extensionNotifiedOn';

export const STEP_COLUMNS: readonly ColumnSpec<StepColumnKey>[] = [
  { key: 'correctionNoticeOn', header: '补正告知日期', required: false },
  { key: 'correctionReceivedOn', header: '补正收到日期', required: false },
  { key: 'consultationSentOn', header: '征求意见日期', required: false },
  { key: 'consultationAnsweredOn', header: '征求意见答复日期', required: false },
  { key: 'feeNoticeOn', header: '收费通知日期', required: false },
  { key: 'feePaidOn', header: '缴费日期', required: false },
  { key: 'feeAmount', header: '收费金额', required: false },
  { key: 'extensionDays', header: '延期工作日', required: false },
  { key: 'extensionNotifiedOn', header: '延期告知日期', required: false },
];

export const stepHeader = (key: StepColumnKey): string => STEP_COLUMNS.find((c) => c.key === key)!.header;

/**
 * Export-only columns (INTERFACES §1): what the product computes from a case. An import knows them
 * and skips them without a warning, so an exported file goes back in as it is.
 */
export const EXPORT_ONLY_HEADERS = ['答复期限', '期限暂定', '办理状态', '超期工作日'] as const;

const DOCUMENTED_COLUMNS: readonly ColumnSpec<RegisterColumnKey>[] = [
  { key: 'caseNo', header: '申请编号', required: true },
  { key: 'receivedOn', header: '收到日期', required: true },
  { key: 'applicantType', header: '申请人类型', required: true },
  { key: 'applicantName', header: '申请人', required: true },
  { key: 'channel', header: '申请方式', required: false },
  { key: 'content', header: '申请内容', required: false },
  { key: 'repliedOn', header: '答复日期', required: false },
  { key: 'outcome', header: '办理结果', required: false },
];

/** The product's own extras, so that an export re-imports losslessly. */
const EXTRA_COLUMNS: readonly ColumnSpec<RegisterColumnKey>[] = [
  { key: 'replyDocNo', header: '答复文号', required: false },
  { key: 'handler', header: '办理人', required: false },
  { key: 'registeredOn', header: '登记日期', required: false },
];

/** Every column an import reads. */
export const REGISTER_COLUMNS: readonly ColumnSpec<RegisterColumnKey>[] = [...DOCUMENTED_COLUMNS, ...STEP_COLUMNS, ...EXTRA_COLUMNS];

/** An exported register: what an import reads, with the export-only columns before the extras. */
export const REGISTER_HEADERS: readonly string[] = [
  ...DOCUMENTED_COLUMNS.map((c) => c.header),
  ...STEP_COLUMNS.map((c) => c.header),
  ...EXPORT_ONLY_HEADERS,
  ...EXTRA_COLUMNS.map((c) => c.header),
];

/** Longest text accepted per column, in characters (the database and the screens assume these). */
export const REGISTER_MAX_LENGTH = { caseNo: CASE_NO_MAX_LENGTH, applicantName: 200, content: 5000, replyDocNo: 100, handler: 100 } as const;

/** One valid row of a register file. */
export type RegisterRow = {
  /** Where it came from, for messages raised later (e.g. by the import against the database). */
  rowNumber: number;
  caseNo: string;
  receivedOn: IsoDate;
  applicantType: ApplicantType;
  applicantName: string;
  /**
   * null when the cell is empty or the column absent: a new case gets 'other', an existing case
   * keeps what it has (a register without 申请方式 must not turn 当面 into 其他).
   */
  channel: Channel | null;
  /** null when the cell is empty or the column absent: a new case gets '', an existing one keeps its own. */
  content: string | null;
  repliedOn: IsoDate | null;
  outcome: OutcomeCode | null;
  /** 答复文号: the reply document's number. */
  replyDocNo: string | null;
  /** 办理人: the handler's name or username, as text; matching it to a user is the importer's job. */
  handler: string | null;
  /** 登记日期: the date the case was typed in (RULES §2 keeps it apart from the received date). */
  registeredOn: IsoDate | null;
  /** The step columns; a cell left empty says nothing (an import never removes a recorded step). */
  steps: RegisterSteps;
};
