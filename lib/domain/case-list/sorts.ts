// The orders of the case list. Each is one column in one direction, with the case id breaking ties,
// so a page continues exactly where the one before ended (keyset pagination, lib/data/case-list.ts).
// Four columns of the table sort by a click on their header: a click on the column the list is
// sorted by turns the direction round, a click on another sorts by it in its usual direction.

export type SortColumn = 'receivedOn' | 'caseNo' | 'applicantName' | 'replyDueOn' | 'repliedOn' | 'updatedAt';
export type SortDirection = 'asc' | 'desc';
export type SortSpec = { label: string; column: SortColumn; direction: SortDirection };

export const CASE_SORTS = {
  received_desc: { label: '收到日期（晚→早）', column: 'receivedOn', direction: 'desc' },
  received_asc: { label: '收到日期（早→晚）', column: 'receivedOn', direction: 'asc' },
  case_no: { label: '申请编号（升序）', column: 'caseNo', direction: 'asc' },
  case_no_desc: { label: '申请编号（降序）', column: 'caseNo', direction: 'desc' },
  applicant_asc: { label: '申请人（升序）', column: 'applicantName', direction: 'asc' },
  applicant_desc: { label: '申请人（降序）', column: 'applicantName', direction: 'desc' },
  due_asc: { label: '答复期限（近→远）', column: 'replyDueOn', direction: 'asc' },
  due_desc: { label: '答复期限（远→近）', column: 'replyDueOn', direction: 'desc' },
  replied_desc: { label: '答复日期（晚→早）', column: 'repliedOn', direction: 'desc' },
  updated_desc: { label: '最近修改', column: 'updatedAt', direction: 'desc' },
} as const satisfies Record<string, SortSpec>;

export type CaseSort = keyof typeof CASE_SORTS;
export const DEFAULT_SORT: CaseSort = 'received_desc';

export function isCaseSort(value: string | undefined): value is CaseSort {
  return value !== undefined && Object.hasOwn(CASE_SORTS, value);
}

/** The sort a list uses: the one asked for if it is known, otherwise newest first. */
export function sortOf(value: string | undefined): CaseSort {
  return isCaseSort(value) ? value : DEFAULT_SORT;
}

/** The table's sortable columns, each with the sort a first click gives. */
export const HEADER_SORTS = {
  caseNo: 'case_no',
  receivedOn: 'received_desc',
  applicantName: 'applicant_asc',
  replyDueOn: 'due_asc',
} as const satisfies Partial<Record<SortColumn, CaseSort>>;
export type HeaderColumn = keyof typeof HEADER_SORTS;

function sortFor(column: SortColumn, direction: SortDirection): CaseSort | undefined {
  return (Object.keys(CASE_SORTS) as CaseSort[]).find((k) => CASE_SORTS[k].column === column && CASE_SORTS[k].direction === direction);
}

/** What a click on a column header does to the current sort. */
export function headerSort(column: HeaderColumn, current: CaseSort): CaseSort {
  const spec: SortSpec = CASE_SORTS[current];
  if (spec.column !== column) return HEADER_SORTS[column];
  return sortFor(column, spec.direction === 'asc' ? 'desc' : 'asc') ?? current;
}

/** aria-sort of a column header under the current sort. */
export function ariaSort(column: HeaderColumn, current: CaseSort): 'ascending' | 'descending' | undefined {
  const spec: SortSpec = CASE_SORTS[current];
  if (spec.column !== column) return undefined;
  return spec.direction === 'asc' ? 'ascending' : 'descending';
}
