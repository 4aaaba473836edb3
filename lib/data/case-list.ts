import 'server-only';
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb, type Db } from '@/db/client';
import { cases, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canViewCases } from '@/lib/domain/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { maskIdNumber } from '@/lib/domain/id-mask';
import { applicantTypeLabel, isApplicantType, outcomeLabel } from '@/lib/domain/categories';
import { dueWindowPredicate, filterPredicate, isDueWindow, isStatusFilter, statusFromStored, type ListStatus, type StatusDay } from '@/lib/domain/clock';
import { decodeCursor, encodeCursor, type ListCursor } from '@/lib/domain/case-list/cursor';
import { sortOf, type CaseSort } from '@/lib/domain/case-list/sorts';
import type { ListFilters } from '@/lib/domain/case-list/list-filters';
import { isOutcomeFilter, outcomeFilterCodes } from '@/lib/domain/case-list/outcome-filter';
import { isReceivedMonth } from '@/lib/domain/case-list/received-month';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@/lib/domain/case-list/page-sizes';
import { loadWorkCalendar } from './work-calendar';
import { refreshOpenClocks } from './case-clock';
import { clockPredicateSql, OPEN_CASES, selectsOpenOnly, statusDayToday, statusFilterSql } from './clock-status-sql';
import { caseSearchIds } from './case-search-sql';
import { beyond, orderBy, sortKey } from './case-list-order';
import { whileUnchanged } from './while-unchanged';
import { receivedInMonthSql, receivedInYearSql, repliedInYearSql } from './case-list-years';

// The case register as a list: filters, one of the sorts of lib/domain/case-list/sorts.ts, and
// pages that stay as fast on page 1,000 as on page 1. A page is read by keyset — the rows after (or
// before) the last row of the neighbouring page, one index range — and 上一页 / 下一页 carry that
// row as a cursor. Only a jump straight to page N without one skips rows, and then just the sort
// key and id of N × page size index entries (from whichever end is nearer), never rows.

/** Rows per page when the caller names none; the list page passes the user's 每页 (caseListFilters). */
export const PAGE_SIZE = 50;
/** From this many matches a search page reads the sort's index in order (see caseListWhere). */
const SCAN_ORDER_FROM = 1000;

export type CaseListFilters = {
  q?: string;
  status?: string; // a StatusFilter (lib/domain/clock/status-filters.ts)
  due?: string; // a DueWindow (lib/domain/clock/due-windows.ts)
  applicantType?: string;
  year?: number; // 收到年度
  month?: string; // 收到月份 'YYYY-MM'
  replied?: number; // 答复年度
  handler?: string; // a user id, 'me' or 'none'
  outcome?: string; // an OutcomeFilter: one code or a group's key (outcome-filter.ts)
  sort?: string;
  page?: number;
  /** Rows per page, at most MAX_PAGE_SIZE: the list's 每页 (page-sizes.ts), the review page's first few. */
  pageSize?: number;
  after?: string; // the cursor of 下一页: the rows after it
  before?: string; // the cursor of 上一页: the rows before it
  extra?: SQL; // a condition composed by another data function (report drill-down, clock status)
};

export type CaseListRow = {
  id: number;
  caseNo: string;
  version: number;
  receivedOn: string;
  applicantName: string;
  applicantType: string;
  applicantTypeLabel: string;
  idNumberMasked: string;
  contentExcerpt: string;
  handlerId: number | null;
  handlerName: string | null;
  closed: boolean;
  outcome: string | null;
  outcomeLabel: string | null;
  repliedOn: string | null;
  replyDueOn: string | null;
  dueProvisional: boolean;
  clockState: string;
  clock: ListStatus;
};

export type CaseListPage = {
  rows: CaseListRow[];
  total: number;
  page: number;
  pageCount: number;
  sort: CaseSort;
  /** Cursors for 上一页 and 下一页; null at either end. */
  prev: string | null;
  next: string | null;
  /** A cursor that was given but is not one this list wrote (the list then starts at page 1). */
  badCursor: boolean;
};

/** The filters of an address (lib/domain/case-list/list-filters.ts) as the list takes them. */
export function caseListFilters(f: ListFilters): CaseListFilters {
  return { q: f.q, status: f.status, due: f.due, applicantType: f.type, year: f.year, month: f.month, replied: f.replied, handler: f.handler, outcome: f.outcome, sort: f.sort, pageSize: f.size ?? DEFAULT_PAGE_SIZE };
}

/**
 * The WHERE of a filtered list; the one place its filters become SQL. `scanOrder`: the search may
 * not decide the plan (`+id`), so SQLite reads the sort's index in order and stops at a full page,
 * instead of fetching and sorting every match: the better plan once many cases match.
 */
export function caseListWhere(db: Db, actor: Actor, f: CaseListFilters, day: StatusDay, scanOrder = false): SQL | undefined {
  const ids = caseSearchIds(db, f.q);
  const where: (SQL | undefined)[] = [ids ? (scanOrder ? sql`+${cases.id} IN ${ids}` : sql`${cases.id} IN ${ids}`) : undefined];
  if (isStatusFilter(f.status)) where.push(statusFilterSql(f.status, day));
  if (isDueWindow(f.due)) where.push(clockPredicateSql(dueWindowPredicate(f.due, day)));
  if (f.applicantType && isApplicantType(f.applicantType)) where.push(eq(cases.applicantType, f.applicantType));
  if (f.outcome && isOutcomeFilter(f.outcome)) where.push(inArray(cases.outcome, outcomeFilterCodes(f.outcome)));
  if (f.year && Number.isInteger(f.year)) where.push(receivedInYearSql(f.year));
  if (f.month && isReceivedMonth(f.month)) where.push(receivedInMonthSql(f.month));
  if (f.replied && Number.isInteger(f.replied)) where.push(repliedInYearSql(f.replied));
  if (f.handler === 'me' && actor.id !== null) where.push(eq(cases.handlerId, actor.id));
  else if (f.handler === 'none') where.push(isNull(cases.handlerId));
  else if (f.handler && /^\d+$/.test(f.handler)) where.push(eq(cases.handlerId, Number(f.handler)));
  where.push(f.extra);
  return and(...where);
}

const handler = alias(users, 'handler');
const ROW_FIELDS = {
  id: cases.id,
  caseNo: cases.caseNo,
  version: cases.version,
  receivedOn: cases.receivedOn,
  applicantName: cases.applicantName,
  applicantType: cases.applicantType,
  idNumber: cases.idNumber,
  content: sql<string>`substr(${cases.content}, 1, 60)`,
  handlerId: cases.handlerId,
  handlerName: handler.displayName,
  outcome: cases.outcome,
  repliedOn: cases.repliedOn,
  replyDueOn: cases.replyDueOn,
  dueProvisional: cases.dueProvisional,
  clockState: cases.clockState,
};

type Fetched = { rows: (ReturnType<typeof fetchRows>[number])[]; more: boolean };

function fetchRows(db: Db, where: SQL | undefined, sort: CaseSort, reversed: boolean, limit: number) {
  return db
    .select({ ...ROW_FIELDS, key: sortKey(sort) })
    .from(cases)
    .leftJoin(handler, eq(handler.id, cases.handlerId))
    .where(where)
    .orderBy(...orderBy(sort, reversed))
    .limit(limit)
    .all();
}

/** Up to `size` rows in list order, reading forwards or (reversed) backwards from `from`. */
function readPage(db: Db, where: SQL | undefined, sort: CaseSort, from: ListCursor | null, reversed: boolean, size: number): Fetched {
  const rows = fetchRows(db, and(where, from ? beyond(sort, from, reversed) : undefined), sort, reversed, size + 1);
  const more = rows.length > size;
  const page = rows.slice(0, size);
  return { rows: reversed ? page.reverse() : page, more };
}

/** The row `skip` rows into the list (from its end when reversed): sort key and id only. */
function boundary(db: Db, where: SQL | undefined, sort: CaseSort, skip: number, reversed: boolean): ListCursor | null {
  const row = db
    .select({ key: sortKey(sort), id: cases.id })
    .from(cases)
    .where(where)
    .orderBy(...orderBy(sort, reversed))
    .limit(1)
    .offset(skip - 1)
    .get();
  return row ? { sort, key: row.key, id: row.id } : null;
}

/** How many cases the list holds; a search alone is counted in the index, without the cases. */
function countCases(db: Db, actor: Actor, f: CaseListFilters, day: StatusDay, where: SQL | undefined): number {
  const searchOnly = caseListWhere(db, actor, { ...f, q: undefined }, day) === undefined;
  const ids = searchOnly ? caseSearchIds(db, f.q) : undefined;
  if (ids) return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${ids}`)?.n ?? 0;
  const openOnly = isStatusFilter(f.status) && selectsOpenOnly(filterPredicate(f.status, day));
  return db.select({ n: count() }).from(openOnly ? OPEN_CASES : cases).where(where).get()?.n ?? 0;
}

export function listCases(actor: Actor, f: CaseListFilters): CaseListPage {
  if (!canViewCases(actor)) throw new ForbiddenError();
  const db = getDb();
  refreshOpenClocks(db);
  const calendar = loadWorkCalendar(db);
  const day = statusDayToday(db);
  const counted = caseListWhere(db, actor, f, day);
  // Counting 100,000 cases costs more than reading the page; the count stands until a write. A
  // condition composed by another function (f.extra) has no key, so it is counted each time.
  const countKey = f.extra ? null : `caseList.count|${actor.id}|${actor.role}|${JSON.stringify([f.q, f.status, f.due, f.applicantType, f.year, f.month, f.replied, f.handler, f.outcome, day])}`;
  const total = countKey ? whileUnchanged(db, countKey, () => countCases(db, actor, f, day, counted)) : countCases(db, actor, f, day, counted);
  const where = f.q && total > SCAN_ORDER_FROM ? caseListWhere(db, actor, f, day, true) : counted;
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(f.pageSize ?? PAGE_SIZE)));
  const pageCount = Math.max(1, Math.ceil(total / size));
  const sort = sortOf(f.sort);
  const asked = Math.min(Math.max(1, Math.floor(Number.isFinite(f.page) ? f.page! : 1)), pageCount);
  const given = f.after ?? f.before;
  const cursor = decodeCursor(given, sort);

  let fetched: Fetched;
  let page = asked;
  let hasPrev: boolean;
  let hasNext: boolean;
  if (cursor && f.after !== undefined) {
    fetched = readPage(db, where, sort, cursor, false, size);
    hasPrev = true;
    hasNext = fetched.more;
    page = hasNext ? Math.max(2, Math.min(asked, pageCount - 1)) : pageCount;
  } else if (cursor) {
    fetched = readPage(db, where, sort, cursor, true, size);
    hasPrev = fetched.more;
    hasNext = true;
    page = hasPrev ? Math.min(Math.max(asked, 2), pageCount - 1) : 1;
  } else {
    if (given !== undefined) page = 1;
    const start = (page - 1) * size;
    const end = Math.min(start + size, total);
    if (start === 0) fetched = readPage(db, where, sort, null, false, size);
    else if (start <= total - end) fetched = readPage(db, where, sort, boundary(db, where, sort, start, false), false, size);
    else fetched = readPage(db, where, sort, end < total ? boundary(db, where, sort, total - end, true) : null, true, end - start);
    hasPrev = start > 0;
    hasNext = end < total;
  }

  const rows = fetched.rows.map(({ idNumber, content, key: _key, ...r }) => ({
    ...r,
    applicantTypeLabel: applicantTypeLabel(r.applicantType),
    idNumberMasked: maskIdNumber(idNumber),
    contentExcerpt: content,
    closed: r.repliedOn !== null,
    outcomeLabel: r.outcome ? outcomeLabel(r.outcome) : null,
    clock: statusFromStored(r, day, calendar),
  }));
  const cursorOf = (r: (typeof fetched.rows)[number] | undefined) => (r ? encodeCursor({ sort, key: r.key, id: r.id }) : null);
  return {
    total,
    page,
    pageCount,
    sort,
    rows,
    prev: hasPrev ? cursorOf(fetched.rows[0]) : null,
    next: hasNext ? cursorOf(fetched.rows[fetched.rows.length - 1]) : null,
    badCursor: given !== undefined && cursor === null,
  };
}

/** Received years present in the register, newest first, for the year filter. */
export function caseYears(actor: Actor): number[] {
  if (!canViewCases(actor)) throw new ForbiddenError();
  const db = getDb();
  const first = db.select({ d: cases.receivedOn }).from(cases).orderBy(asc(cases.receivedOn)).limit(1).get();
  const last = db.select({ d: cases.receivedOn }).from(cases).orderBy(desc(cases.receivedOn)).limit(1).get();
  if (!first || !last) return [];
  const years: number[] = [];
  for (let y = Number(last.d.slice(0, 4)); y >= Number(first.d.slice(0, 4)); y--) years.push(y);
  return years;
}
