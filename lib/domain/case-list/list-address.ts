// The whole address of the case list (/cases?status=overdue&page=3&after=…) as a visitor may type
// it: every parameter the list does not know, gives twice, cannot decode or has to cut or move is
// named in a message in Chinese, and the list is shown with what could be read. Never a guess in
// silence, never an error page. The filters themselves are read by list-filters.ts.

import { FILTER_FIELDS, MAX_QUERY_LENGTH, readListFilters, type FilterField, type ListFilters } from './list-filters';
import { EXPORT_NOTICE_KEY, exportNotice } from './export-notices';

export type AddressParams = Record<string, string | string[] | undefined>;

/** Parameters of the list that are not filters: the page, the keyset cursors, an export's answer. */
const PAGING_KEYS = ['page', 'after', 'before'] as const;
const KNOWN_KEYS: readonly string[] = [...FILTER_FIELDS, ...PAGING_KEYS, EXPORT_NOTICE_KEY];
const CURSOR_MAX = 700;

const LABELS: Record<string, string> = {
  q: '关键词',
  status: '状态',
  type: '申请人类型',
  year: '收到年度',
  month: '收到月份',
  replied: '答复年度',
  handler: '承办人',
  outcome: '办理结果',
  due: '到期范围',
  sort: '排序方式',
  size: '每页条数',
  page: '页码',
  after: '翻页位置',
  before: '翻页位置',
  [EXPORT_NOTICE_KEY]: '导出结果',
};

export type ListAddress = {
  filters: ListFilters;
  /** The page asked for (1 when none or unreadable); the list moves it to its last page if beyond. */
  page: number;
  after?: string;
  before?: string;
  /** What a refused export says (export-notices.ts), shown above the list. */
  notice?: string;
  problems: string[];
};

const shown = (value: string) => value.slice(0, 40);
/** A value decoded from bad %-escapes (a cut-off link) carries U+FFFD where the bytes were. */
const unreadable = (value: string) => value.includes('\uFFFD');

export function readListAddress(params: AddressParams): ListAddress {
  const problems: string[] = [];
  const values = new Map<string, string>();
  for (const [key, raw] of Object.entries(params)) {
    if (raw === undefined) continue;
    if (!KNOWN_KEYS.includes(key)) {
      problems.push(`地址中的条件“${shown(key)}”无法识别，已忽略。`);
      continue;
    }
    const all = Array.isArray(raw) ? raw : [raw];
    if (all.length === 0) continue;
    const value = all[0];
    if (all.some((v) => v !== value)) problems.push(`${LABELS[key]}给出了多个值，已按第一个值“${shown(value)}”处理。`);
    if (unreadable(value)) {
      problems.push(`${LABELS[key]}无法读取（地址中的文字编码有误，链接可能被截断），${key === 'page' ? '已显示第 1 页' : '已忽略这个条件'}。`);
      continue;
    }
    values.set(key, value);
  }

  const q = values.get('q');
  if (q !== undefined && q.length > MAX_QUERY_LENGTH) problems.push(`“关键词”不能超过 ${MAX_QUERY_LENGTH} 个字符，已按前 ${MAX_QUERY_LENGTH} 个字符查找。`);
  const read = readListFilters((field: FilterField) => values.get(field));
  problems.push(...read.problems);

  let page = 1;
  const pageText = values.get('page');
  if (pageText !== undefined && pageText !== '') {
    if (/^\d{1,15}$/.test(pageText) && Number(pageText) >= 1) page = Number(pageText);
    else problems.push(`页码“${shown(pageText)}”无法识别，已显示第 1 页。`);
  }

  const cursor = (key: 'after' | 'before') => values.get(key)?.slice(0, CURSOR_MAX);
  const noticeCode = values.get(EXPORT_NOTICE_KEY);
  const notice = noticeCode === undefined ? undefined : (exportNotice(noticeCode) ?? undefined);
  if (noticeCode !== undefined && notice === undefined) problems.push(`导出结果“${shown(noticeCode)}”无法识别，已忽略。`);
  return { filters: read.filters, page, after: cursor('after'), before: cursor('before'), notice, problems };
}

/** A page beyond the last one is shown as the last; the list says so (no message when a cursor led there). */
export function pageBeyondProblem(asked: number, pageCount: number, shownPage: number): string | null {
  return asked > pageCount && shownPage === pageCount ? `没有第 ${asked} 页（共 ${pageCount} 页），已显示第 ${pageCount} 页。` : null;
}

export type HandlerOption = { id: number; displayName: string; active: boolean };

/**
 * The handler filter against the handlers the select offers (those in post, and anyone who still
 * handles a case, marked 已停用 when they have left): an id that is none of them is ignored with a
 * message, so the select and the list always agree.
 */
export function checkHandlerFilter(filters: ListFilters, options: readonly HandlerOption[]): { filters: ListFilters; problem: string | null } {
  const h = filters.handler;
  if (h === undefined || h === 'me' || h === 'none' || options.some((o) => String(o.id) === h)) return { filters, problem: null };
  const { handler: _dropped, ...rest } = filters;
  return { filters: rest, problem: `承办人“${h}”不存在或从未承办申请，已忽略这个条件。` };
}

/** A handler's name wherever handlers are listed (the list's filter, the team's workload): one who has left is marked 已停用. */
export const handlerLabel = (displayName: string, active: boolean) => (active ? displayName : `${displayName}（已停用）`);

export const handlerOptionLabel = (o: HandlerOption) => handlerLabel(o.displayName, o.active);

/** The years a year select offers, newest first: the register's years and the one asked for (a year with no cases lists none, visibly). */
export function yearOptions(years: readonly number[], ...selected: (number | undefined)[]): number[] {
  const all = new Set(years);
  for (const y of selected) if (y !== undefined) all.add(y);
  return [...all].sort((a, b) => b - a);
}
