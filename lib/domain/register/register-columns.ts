// The columns of the register file (INTERFACES §1), in the order the product exports them: the
// documented columns first, then the product's own extras so that an export re-imports losslessly.
import { CASE_NO_MAX_LENGTH } from '../case-number';
import type { ApplicantType, Channel, OutcomeCode } from '../categories';
import type { IsoDate } from '../dates';
import type { ColumnSpec } from './header-map';

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
  | 'registeredOn';

export const REGISTER_COLUMNS: readonly ColumnSpec<RegisterColumnKey>[] = [
  { key: 'caseNo', header: '申请编号', required: true },
  { key: 'receivedOn', header: '收到日期', required: true },
  { key: 'applicantType', header: '申请人类型', required: true },
  { key: 'applicantName', header: '申请人', required: true },
  { key: 'channel', header: '申请方式', required: false },
  { key: 'content', header: '申请内容', required: false },
  { key: 'repliedOn', header: '答复日期', required: false },
  { key: 'outcome', header: '办理结果', required: false },
  { key: 'replyDocNo', header: '答复文号', required: false },
  { key: 'handler', header: '办理人', required: false },
  { key: 'registeredOn', header: '登记日期', required: false },
];

export const REGISTER_HEADERS: readonly string[] = REGISTER_COLUMNS.map((c) => c.header);

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
};
