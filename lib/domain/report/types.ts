// Shapes shared by the year-end tables. The report layer works on these plain records so that the
// same code serves the database, an imported register file and the property tests.
import type { ApplicantType, ColumnCode, OutcomeCode, ReviewColumn, ReviewKind, ReviewResult, RowCode } from '../categories';
import type { IsoDate } from '../dates';

/** One application as table 三 sees it: a case is closed exactly when it has a reply date. */
export type ReportCase = {
  caseNo?: string;
  receivedOn: IsoDate;
  repliedOn: IsoDate | null;
  applicantType: ApplicantType;
  outcome: OutcomeCode | null;
};

/** Table 三: every row code, every column code (six applicant types and total), zeros explicit. */
export type TableThree = Record<RowCode, Record<ColumnCode, number>>;

/** One 行政复议 / 行政诉讼 record for table 四. */
export type ReviewRecord = {
  kind: ReviewKind;
  filedOn: IsoDate;
  result: ReviewResult | null;
  decidedOn: IsoDate | null;
};

/** Table 四: per kind, upheld/corrected/other/pending/total. */
export type TableFour = Record<ReviewKind, Record<ReviewColumn, number>>;

/** One consistency check shown with the report; name and detail are in Chinese for the user. */
export type Check = { name: string; ok: boolean; detail: string };
