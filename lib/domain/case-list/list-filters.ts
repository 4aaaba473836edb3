// The filters of the case list as they travel in an address (/cases?status=overdue&handler=me) and
// in a saved filter: reading them, with a message in Chinese for each value that is not understood
// (the value is then ignored, never guessed at and never an error page), and writing them back.

import { isApplicantType, type ApplicantType } from '../categories';
import { isDueWindow, type DueWindow } from '../clock/due-windows';
import { isStatusFilter, type StatusFilter } from '../clock/status-filters';
import { isCaseSort, type CaseSort } from './sorts';
import { DEFAULT_PAGE_SIZE, isPageSize, type PageSize } from './page-sizes';
import { isOutcomeFilter, type OutcomeFilter } from './outcome-filter';
import { isReceivedMonth } from './received-month';

export type HandlerFilter = 'me' | 'none' | `${number}`;
export type ListFilters = {
  q?: string;
  status?: StatusFilter;
  type?: ApplicantType;
  year?: number;
  /** 收到月份 'YYYY-MM' (received-month.ts): a month's bar on the supervisor's intake chart. */
  month?: string;
  /** 答复年度: cases replied in this year (the supervisor's 按时办结率 counts these). */
  replied?: number;
  handler?: HandlerFilter;
  /** One outcome code, or a group of table 三 by its key (outcome-filter.ts). */
  outcome?: OutcomeFilter;
  due?: DueWindow;
  sort?: CaseSort;
  /** 每页 (page-sizes.ts); absent: the default. */
  size?: PageSize;
};

/** The address parameters that filter or order the list, in the order they are written. */
export const FILTER_FIELDS = ['q', 'status', 'type', 'year', 'month', 'replied', 'handler', 'outcome', 'due', 'sort', 'size'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
export const MAX_QUERY_LENGTH = 200;

const isYear = (v: string) => /^\d{4}$/.test(v) && Number(v) >= 1900;
const ignored = (what: string, value: string) => `${what}“${value.slice(0, 40)}”无法识别`;

type Reader = { [K in FilterField]: (value: string) => { value?: ListFilters[K]; problem?: string } };
const READ: Reader = {
  q: (v) => ({ value: v.trim() ? v.slice(0, MAX_QUERY_LENGTH) : undefined }),
  status: (v) => (isStatusFilter(v) ? { value: v } : { problem: ignored('状态', v) }),
  type: (v) => (isApplicantType(v) ? { value: v } : { problem: ignored('申请人类型', v) }),
  year: (v) => (isYear(v) ? { value: Number(v) } : { problem: ignored('收到年度', v) }),
  month: (v) => (isReceivedMonth(v) ? { value: v } : { problem: ignored('收到月份', v) }),
  replied: (v) => (isYear(v) ? { value: Number(v) } : { problem: ignored('答复年度', v) }),
  handler: (v) => (v === 'me' || v === 'none' || /^[1-9]\d{0,9}$/.test(v) ? { value: v as HandlerFilter } : { problem: ignored('承办人', v) }),
  outcome: (v) => (isOutcomeFilter(v) ? { value: v } : { problem: ignored('办理结果', v) }),
  due: (v) => (isDueWindow(v) ? { value: v } : { problem: ignored('到期范围', v) }),
  sort: (v) => (isCaseSort(v) ? { value: v } : { problem: ignored('排序方式', v) }),
  size: (v) => (/^\d{1,3}$/.test(v) && isPageSize(Number(v)) ? { value: Number(v) as PageSize } : { problem: ignored('每页条数', v) }),
};

/** The filters of an address; `get` gives a parameter's (first) value. Empty values are no filter. */
export function readListFilters(get: (field: FilterField) => string | undefined): { filters: ListFilters; problems: string[] } {
  const { filters, problems } = readStrictly(get);
  return { filters, problems: problems.map((p) => `${p}，${p.startsWith('排序方式') ? '已按收到日期（晚→早）排序' : p.startsWith('每页条数') ? `已按每页 ${DEFAULT_PAGE_SIZE} 条显示` : '已忽略这个条件'}。`) };
}

function readStrictly(get: (field: FilterField) => string | undefined): { filters: ListFilters; problems: string[] } {
  const filters: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const field of FILTER_FIELDS) {
    const raw = get(field);
    if (raw === undefined || raw === '') continue;
    const { value, problem } = READ[field](raw);
    if (problem) problems.push(problem);
    else if (value !== undefined) filters[field] = value;
  }
  return { filters: filters as ListFilters, problems };
}

/** The filters as a query string (no leading ?), fields in FILTER_FIELDS order. */
export function filterQuery(filters: ListFilters): string {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    const value = filters[field];
    if (value !== undefined && value !== '') params.set(field, String(value));
  }
  return params.toString();
}

export type ParsedFilterQuery = { ok: true; filters: ListFilters } | { ok: false; message: string };

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * A stored query string, strictly: a malformed one (bad %-escapes, a part without =, a field twice),
 * one with a field the list does not have, or one with a value it does not understand is refused
 * whole, with what is wrong in Chinese.
 */
export function parseFilterQuery(query: string): ParsedFilterQuery {
  const malformed = { ok: false as const, message: '筛选条件的格式有误，无法读取。' };
  if (query.length > 1000) return malformed;
  const values = new Map<string, string>();
  for (const part of query === '' ? [] : query.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return malformed;
    const key = decode(part.slice(0, eq));
    const value = decode(part.slice(eq + 1));
    if (key === null || value === null || values.has(key)) return malformed;
    if (!(FILTER_FIELDS as readonly string[]).includes(key)) return { ok: false, message: `含有无法识别的条件“${key.slice(0, 40)}”。` };
    values.set(key, value);
  }
  const { filters, problems } = readStrictly((field) => values.get(field));
  return problems.length ? { ok: false, message: `${problems[0]}。` } : { ok: true, filters };
}
