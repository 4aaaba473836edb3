// Rows of an exported register or review file, in REGISTER_HEADERS / REVIEW_HEADERS order, written
// in the notations the importer reads back (labels rather than codes, so clerks can edit them):
// export → import gives the same cases and therefore the same tables.
import { applicantTypeLabel, channelLabel, reviewKindLabel, reviewResultShort, type ApplicantType, type Channel, type OutcomeCode, type ReviewKind, type ReviewResult } from '../categories';
import type { IsoDate } from '../dates';
import { fileOutcomeLabel } from './case-labels';

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
};

export function registerRowFromCase(c: RegisterExportCase): (string | null)[] {
  return [
    c.caseNo,
    c.receivedOn,
    applicantTypeLabel(c.applicantType),
    c.applicantName,
    c.channel ? channelLabel(c.channel) : null,
    c.content || null,
    c.repliedOn,
    c.outcome ? fileOutcomeLabel(c.outcome) : null,
    c.replyDocNo ?? null,
    c.handler ?? null,
    c.registeredOn ?? null,
  ];
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
