import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { caseEvents, cases, reportBaselines, reportVersions } from '@/db/schema';
import { CHANNELS, type Channel } from '@/lib/domain/categories';
import type { ClockEvent } from '@/lib/domain/clock';
import { firstDayOf, lastDayOf, rowPredicate, type TableFour, type TableThree } from '@/lib/domain/report';
import { feesPaidIn, type PreviousYear, type ReportContent, type ReportFacts } from '@/lib/domain/report/annual';
import { inForceOf, type InForceFigures, type TableTwo } from '@/lib/domain/report/table-two';
import { clockStatusSql, countIf } from '../clock-status-sql';
import { rowPredicateSql } from '../report-predicate-sql';
import { tableThreeYearsSql } from '../report-sql';
import { tableFourSql } from '../report-table-four-sql';
import { storedDraft } from './draft-store';

// The facts a year's report is drafted and checked from, all read in the caller's transaction:
// tables 三 (the year and the one before) and 四 by the report's SQL, cases by channel, on-time
// replies (the clock status 按期办结 among the cases of the results row), and the fees paid.

type Reader = Pick<Db, 'select' | 'selectDistinct'> & { $client: Db['$client'] };

function channelCounts(db: Reader, year: number): Record<Channel, number> {
  const counts = Object.fromEntries(CHANNELS.map((c) => [c.code, 0])) as Record<Channel, number>;
  const rows = db
    .select({ channel: cases.channel, n: sql<number>`count(*)` })
    .from(cases)
    .where(rowPredicateSql(rowPredicate(year, 'new')))
    .groupBy(cases.channel)
    .all();
  for (const r of rows) {
    const code = (CHANNELS.some((c) => c.code === r.channel) ? r.channel : 'other') as Channel;
    counts[code] += r.n;
  }
  return counts;
}

function onTime(db: Reader, year: number): { closed: number; closedOnTime: number } {
  // 按期办结 does not depend on the day it is judged on.
  const end = lastDayOf(year);
  const day = { today: end, dueSoonDays: 0, dueSoonUntil: end, dueWindowUntil: { today: end, this_week: end } };
  const row = db
    .select({ closed: sql<number>`count(*)`, closedOnTime: countIf(clockStatusSql('closed_on_time', day)) })
    .from(cases)
    .where(rowPredicateSql(rowPredicate(year, 'results_total')))
    .get();
  return { closed: row?.closed ?? 0, closedOnTime: row?.closedOnTime ?? 0 };
}

function fees(db: Reader, year: number): ReportFacts['fees'] {
  const paid = db
    .selectDistinct({ caseId: caseEvents.caseId })
    .from(caseEvents)
    .where(and(eq(caseEvents.kind, 'fee_paid'), sql`${caseEvents.occurredOn} BETWEEN ${firstDayOf(year)} AND ${lastDayOf(year)}`))
    .all()
    .map((r) => r.caseId);
  if (!paid.length) return { cases: 0, amountYuan: 0, unknownAmounts: 0 };
  const byCase = new Map<number, ClockEvent[]>();
  const events = db
    .select({ caseId: caseEvents.caseId, kind: caseEvents.kind, data: caseEvents.data })
    .from(caseEvents)
    .where(and(inArray(caseEvents.caseId, paid), inArray(caseEvents.kind, ['fee_notified', 'fee_paid'])))
    .orderBy(asc(caseEvents.id))
    .all();
  for (const e of events) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), { ...e.data, kind: e.kind } as ClockEvent]);
  return feesPaidIn(year, [...byCase.values()]);
}

export type YearTables = { tableThree: TableThree; previousTableThree: TableThree; tableFour: TableFour };

export function liveTables(db: Reader, year: number): YearTables {
  const tables = tableThreeYearsSql(db.$client, year - 1, year);
  return { tableThree: tables.get(year)!, previousTableThree: tables.get(year - 1)!, tableFour: tableFourSql(db.$client, year) };
}

/** The latest published content of a year, or null. */
export function latestPublished(db: Reader, year: number): { number: number; content: ReportContent } | null {
  const row = db
    .select({ number: reportVersions.number, content: reportVersions.content })
    .from(reportVersions)
    .where(eq(reportVersions.year, year))
    .orderBy(sql`${reportVersions.number} DESC`)
    .limit(1)
    .get();
  return row ? { number: row.number, content: row.content as unknown as ReportContent } : null;
}

/** Year Y−1 as the checks and comparisons of Y see it: published, else the baseline, else the register. */
export function previousYear(db: Reader, year: number, registerTable: TableThree): PreviousYear {
  const last = year - 1;
  const published = latestPublished(db, last);
  if (published) {
    return { source: 'published', label: `${last}年已发布的报告（第${published.number}版）`, tableThree: published.content.tableThree, inForce: inForceOf(published.content.tableTwo) };
  }
  const baseline = db.select().from(reportBaselines).where(eq(reportBaselines.year, last)).get();
  if (baseline) {
    return { source: 'baseline', label: `${last}年导入基线`, tableThree: (baseline.tableThree as TableThree | null) ?? null, inForce: (baseline.inForce as InForceFigures | null) ?? null };
  }
  const draft = storedDraft(db, last);
  const inForce = draft ? inForceOf(draft.draft.tableTwo as TableTwo) : null;
  const hasCases = db.select({ one: sql<number>`1` }).from(cases).where(sql`${cases.receivedOn} <= ${lastDayOf(last)}`).limit(1).get() !== undefined;
  if (hasCases || inForce) return { source: 'register', label: `${last}年当前数据（未发布）`, tableThree: hasCases ? registerTable : null, inForce };
  return { source: 'none', label: `${last}年无数据`, tableThree: null, inForce: null };
}

export function reportFacts(db: Reader, year: number, tables: YearTables, previous: PreviousYear): ReportFacts {
  return {
    year,
    tableThree: tables.tableThree,
    tableFour: tables.tableFour,
    previousNewTotal: previous.tableThree?.new.total ?? null,
    channels: channelCounts(db, year),
    ...onTime(db, year),
    fees: fees(db, year),
  };
}
