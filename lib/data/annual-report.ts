import 'server-only';
import { getDb } from '@/db/client';
import { ForbiddenError } from '@/lib/domain/errors';
import { canViewReport } from '@/lib/domain/policy';
import { checkTableThree, reportJson, type Check, type ReportJson, type TableFour, type TableThree } from '@/lib/domain/report';
import { selectableYears } from '@/lib/domain/report-year';
import type { Actor } from '@/lib/domain/roles';
import { tableThreeYearsSql } from './report-sql';
import { tableFourSql } from './report-table-four-sql';
import { readSettings } from './settings';
import { today } from './today';
import { whileUnchanged } from './while-unchanged';

export type AnnualReport = {
  year: number;
  agencyName: string;
  tableThree: TableThree;
  /** The year before, for the carry-over check (computed from the same register). */
  previousTableThree: TableThree;
  tableFour: TableFour;
  checks: Check[];
  /** Years the selector offers, newest first. */
  years: number[];
  json: ReportJson;
};

export const REPORT_FORBIDDEN = '只有负责人和管理员可以查看年度报告。';

/** Everything the report page, the export route and `ogi report` need for year Y. */
export function getAnnualReport(actor: Actor, year: number): AnnualReport {
  if (!canViewReport(actor)) throw new ForbiddenError(REPORT_FORBIDDEN);
  const db = getDb();
  const client = db.$client;
  const day = today();
  // Counting 100,000 cases for two years takes about 20 ms; the tables stay the same until something
  // is written, so they are kept while the database is unchanged (never stale: whileUnchanged).
  // One read transaction (read-only snapshot, so deferred): all counts come from the same snapshot
  // even while cases are saved.
  return whileUnchanged(db, `annualReport|${year}|${day}`, () => client.transaction(() => {
    const tables = tableThreeYearsSql(client, year - 1, year);
    const tableThree = tables.get(year)!;
    const previousTableThree = tables.get(year - 1)!;
    const tableFour = tableFourSql(client, year);
    const checks = checkTableThree(tableThree, previousTableThree);
    const earliest = client
      .prepare<[], { d: string | null }>(`SELECT min(d) AS d FROM (SELECT min(received_on) AS d FROM cases UNION ALL SELECT min(filed_on) FROM reviews)`)
      .get()!.d;
    return {
      year,
      agencyName: readSettings(db).agencyName,
      tableThree,
      previousTableThree,
      tableFour,
      checks,
      years: selectableYears(day, earliest),
      json: reportJson(year, tableThree, tableFour, checks),
    };
  })());
}
