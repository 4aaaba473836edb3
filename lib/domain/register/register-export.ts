// Rows of an exported register or review file, in REGISTER_HEADERS / REVIEW_HEADERS order, written
// in the notations the importer reads back (labels rather than codes, so clerks can edit them):
// export → import gives the same cases, the same steps and therefore the same tables and deadlines.
import { applicantTypeLabel, channelLabel, reviewKindLabel, reviewResultShort, type ApplicantType, type Channel, type OutcomeCode, type ReviewKind, type ReviewResult } from '../categories';
import type { IsoDate } from '../dates';
import { STATUS_LABELS } from '../clock/labels';
import type { Clock } from '../clock/types';
import { fileOutcomeLabel } from './case-labels';
import { EXPORT_ONLY_HEADERS, REGISTER_COLUMNS, REGISTER_HEADERS, type RegisterColumnKey } from './register-columns';
import { NO_STEPS, stepCells, type RegisterSteps } from './register-steps';

export type RegisterExportCase = {
  caseNo: string;
  receivedOn: IsoDate;
  applicantType: ApplicantType;
  applicantName: string;
  /** null (a register row without 申请方式) is written as an empty cell. */
  channel: Channel | string | null;
  content: string | null;
  repliedOn: IsoDate | null;
  outcome: OutcomeCode | null;
  replyDocNo?: string | null;
  /** The handler's name as it should appear in 办理人. */
  handler?: string | null;
  registeredOn?: IsoDate | null;
  steps?: RegisterSteps;
  /** The case's clock as of the export day, for the export-only columns. */
  clock?: Clock | null;
};

type Cell = string | number | null;

/** 答复期限, 期限暂定, 办理状态, 超期工作日 (INTERFACES §1) from a case's clock. */
export function exportOnlyCells(clock: Clock | null | undefined): Record<(typeof EXPORT_ONLY_HEADERS)[number], Cell> {
  if (!clock) return { 答复期限: null, 期限暂定: null, 办理状态: null, 超期工作日: null };
  const overdueBy = clock.status === 'overdue' && clock.workingDaysLeft !== null ? -clock.workingDaysLeft : null;
  return {
    答复期限: clock.replyDueOn,
    期限暂定: clock.provisional ? '是' : null,
    办理状态: STATUS_LABELS[clock.status],
    超期工作日: clock.lateByWorkingDays ?? overdueBy,
  };
}

/** One exported row, in REGISTER_HEADERS order. */
export function registerRowFromCase(c: RegisterExportCase): Cell[] {
  const steps = stepCells(c.steps ?? NO_STEPS);
  const byKey: Record<RegisterColumnKey, Cell> = {
    caseNo: c.caseNo,
    receivedOn: c.receivedOn,
    applicantType: applicantTypeLabel(c.applicantType),
    applicantName: c.applicantName,
    channel: c.channel ? channelLabel(c.channel) : null,
    content: c.content || null,
    repliedOn: c.repliedOn,
    outcome: c.outcome ? fileOutcomeLabel(c.outcome) : null,
    ...steps,
    replyDocNo: c.replyDocNo ?? null,
    handler: c.handler ?? null,
    registeredOn: c.registeredOn ?? null,
  };
  const byHeader = new Map<string, Cell>([
    ...REGISTER_COLUMNS.map((col) => [col.header, byKey[col.key]] as const),
    ...Object.entries(exportOnlyCells(c.clock)),
  ]);
  return REGISTER_HEADERS.map((h) => byHeader.get(h) ?? null);
}

export type ReviewExportRecord = {
  caseNo: string | null;
  kind: ReviewKind;
  filedOn: IsoDate;
  result: ReviewResult | null;
  decidedOn: IsoDate | null;
};

export function reviewRowFromRecord(r: ReviewExportRecord): (string | null)[] {
  return [
    r.caseNo,
    reviewKindLabel(r.kind),
    r.filedOn,
    r.result ? reviewResultShort(r.result) : null,
    r.decidedOn,
  ];
}
