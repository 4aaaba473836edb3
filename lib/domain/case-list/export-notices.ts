// An export of the case list that cannot be made sends the user back to the list (303) with one of
// these codes in the address (?export=nothing), and the list says what happened and what to do,
// instead of a bare error page outside the app. A refused export never exports something wider.

/** Rows one export of the list may hold at most. */
export const LIST_EXPORT_MAX = 20_000;
export const EXPORT_NOTICE_KEY = 'export';

const NOTICES = {
  nothing: '没有勾选任何申请，没有导出。请先在列表中勾选要导出的申请，再点“导出所选”。',
  bad: '所选申请有误（表单可能被修改），没有导出。请刷新页面后重新勾选。',
  missing: '所选申请中有的已不存在（可能已被删除），没有导出。请刷新列表后重新勾选。',
  empty: '没有符合条件的申请，没有可导出的内容。',
  too_many: `符合条件的申请超过一次导出的上限 ${LIST_EXPORT_MAX} 件，没有导出。请缩小筛选范围后分批导出，或由负责人在“导出台账”中导出整个台账。`,
  filters: '地址中的条件有误（见上方说明），没有导出，以免导出比所选更多的申请。请确认列表的条件后再点“导出本列表”。',
} as const;

export type ExportNoticeCode = keyof typeof NOTICES;

/** What the list says about a refused export, or null for a code it never writes. */
export function exportNotice(code: string): string | null {
  return Object.hasOwn(NOTICES, code) ? NOTICES[code as ExportNoticeCode] : null;
}

/** The list's address after a refused export: its filters (a query string) and the code. */
export function listAfterExport(filterQuery: string, code: ExportNoticeCode): string {
  const params = new URLSearchParams(filterQuery);
  params.set(EXPORT_NOTICE_KEY, code);
  return `/cases?${params.toString()}`;
}
