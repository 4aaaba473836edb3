// The review file (INTERFACES §1, table 四 records).
import type { ReviewKind, ReviewResult } from '../categories';
import type { IsoDate } from '../dates';
import type { ColumnSpec } from './header-map';

export type ReviewColumnKey = 'caseNo' | 'kind' | 'filedOn' | 'result' | 'decidedOn';

export const REVIEW_FILE_COLUMNS: readonly ColumnSpec<ReviewColumnKey>[] = [
  { key: 'caseNo', header: '申请编号', required: false },
  { key: 'kind', header: '类型', required: true },
  { key: 'filedOn', header: '收到日期', required: true },
  { key: 'result', header: '结果', required: false },
  { key: 'decidedOn', header: '审结日期', required: false },
];

export const REVIEW_HEADERS: readonly string[] = REVIEW_FILE_COLUMNS.map((c) => c.header);

export type ReviewRow = {
  rowNumber: number;
  /** The linked case's 申请编号, or null for a record that stands alone. */
  caseNo: string | null;
  kind: ReviewKind;
  filedOn: IsoDate;
  result: ReviewResult | null;
  decidedOn: IsoDate | null;
};
