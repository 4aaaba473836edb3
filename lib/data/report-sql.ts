import 'server-only';
import type Database from 'better-sqlite3';
import { APPLICANT_TYPE_CODES, isApplicantType, isOutcomeCode, ROW_CODES, type ApplicantType } from '@/lib/domain/categories';
import { daysBetween } from '@/lib/domain/dates';
import { emptyTableThree, firstDayOf, lastDayOf, sumOfTypes, type TableThree } from '@/lib/domain/report';
import { reportStatements, type ReportStatements, type TypeCount } from './report-sql-statements';

// Table 三 by SQL, equal to the reference buildTableThree (lib/domain/report) for every register in
// which no reply predates its receipt (every entry point refuses that; tests/data asserts equality).
//
// The flows of a year are two index ranges: `new` = received in Y, the outcome rows = replied in Y.
// The stocks (carried in / out) would each need a count over all earlier or all later years, so
// they are derived from ONE anchor by set algebra instead:
//   carried_out(Y) = received ≤ 31 Dec Y and not replied by then
//                  = open + replied after Y − received after Y                     (suffix anchor)
//   carried_in(Y)  = carried_out(Y−1) = received ≤ 31 Dec Y−1 − replied ≤ 31 Dec Y−1 (prefix anchor)
//   carried_in(Y)  = carried_out(Y) + results(Y) − new(Y)                           (year to year)
// The step from one form to the other uses only "a case replied by a date was received by it".
// The anchor is taken at whichever end of the register is shorter, so the report of a recent year
// scans only the cases since then and that of an early year only the cases before it.

export type CarryStrategy = 'auto' | 'prefix' | 'suffix';
type PerType = Record<ApplicantType, number>;

function zeros(): PerType {
  return Object.fromEntries(APPLICANT_TYPE_CODES.map((t) => [t, 0])) as PerType;
}

function perType(rows: readonly TypeCount[]): PerType {
  const out = zeros();
  for (const r of rows) if (isApplicantType(r.type)) out[r.type] += r.n ?? 0;
  return out;
}

const combine = (a: PerType, b: PerType, sign: 1 | -1): PerType =>
  Object.fromEntries(APPLICANT_TYPE_CODES.map((t) => [t, a[t] + sign * b[t]])) as PerType;

type YearFlows = { table: TableThree; received: PerType; replied: PerType };

function flowsOf(s: ReportStatements, year: number): YearFlows {
  const range = { from: firstDayOf(year), to: lastDayOf(year) };
  const table = emptyTableThree();
  const received = perType(s.receivedByType.all(range));
  const replied = zeros();
  for (const { type, outcome, n } of s.outcomesByType.all(range)) {
    if (!isApplicantType(type)) continue;
    replied[type] += n;
    if (outcome !== null && isOutcomeCode(outcome)) table[outcome][type] += n;
  }
  for (const t of APPLICANT_TYPE_CODES) {
    table.new[t] = received[t];
    table.results_total[t] = replied[t];
  }
  return { table, received, replied };
}

function chooseAnchor(strategy: CarryStrategy, prefixDays: number, suffixDays: number): 'prefix' | 'suffix' {
  if (strategy !== 'auto') return strategy;
  return prefixDays < suffixDays ? 'prefix' : 'suffix';
}

/** Tables 三 of the consecutive years first…last, keyed by year. */
export function tableThreeYearsSql(client: Database.Database, first: number, last: number, strategy: CarryStrategy = 'auto'): Map<number, TableThree> {
  if (!Number.isInteger(first) || !Number.isInteger(last) || last < first) throw new RangeError(`bad year range ${first}–${last}`);
  const s = reportStatements(client);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const flows = years.map((y) => flowsOf(s, y));
  const { minReceived, maxReceived, maxReplied } = s.bounds.get()!;

  if (minReceived !== null && maxReceived !== null) {
    const beforeFirst = lastDayOf(first - 1);
    const afterLast = firstDayOf(last + 1);
    const latest = maxReplied !== null && maxReplied > maxReceived ? maxReplied : maxReceived;
    const anchor = chooseAnchor(strategy, daysBetween(minReceived, beforeFirst), daysBetween(afterLast, latest));
    if (anchor === 'prefix') {
      // Replies are never before receipts, so no reply predates the first receipt either.
      const range = { from: minReceived, to: beforeFirst };
      let carry = combine(perType(s.receivedByType.all(range)), perType(s.repliedByType.all(range)), -1);
      for (const f of flows) {
        for (const t of APPLICANT_TYPE_CODES) f.table.carried_in[t] = carry[t];
        carry = combine(combine(carry, f.received, 1), f.replied, -1);
        for (const t of APPLICANT_TYPE_CODES) f.table.carried_out[t] = carry[t];
      }
    } else {
      const open = perType(s.openByType.all());
      const repliedAfter = perType(s.repliedByType.all({ from: afterLast, to: maxReplied ?? afterLast }));
      const receivedAfter = perType(s.receivedByType.all({ from: afterLast, to: maxReceived }));
      let carry = combine(combine(open, repliedAfter, 1), receivedAfter, -1);
      for (const f of [...flows].reverse()) {
        for (const t of APPLICANT_TYPE_CODES) f.table.carried_out[t] = carry[t];
        carry = combine(combine(carry, f.replied, 1), f.received, -1);
        for (const t of APPLICANT_TYPE_CODES) f.table.carried_in[t] = carry[t];
      }
    }
  }

  const tables = new Map<number, TableThree>();
  flows.forEach((f, i) => {
    for (const row of ROW_CODES) f.table[row].total = sumOfTypes(f.table, row);
    tables.set(years[i], f.table);
  });
  return tables;
}

/** Table 三 of one year. */
export function tableThreeSql(client: Database.Database, year: number, strategy: CarryStrategy = 'auto'): TableThree {
  return tableThreeYearsSql(client, year, year, strategy).get(year)!;
}
