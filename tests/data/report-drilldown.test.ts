// Every number of tables 三 and 四 is the length of the list behind it: the drill-down lists are
// the table's predicates in SQL, compared here cell by cell on random registers.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { COLUMN_CODES, REVIEW_COLUMNS, REVIEW_KINDS, ROW_CODES } from '@/lib/domain/categories';
import { ForbiddenError } from '@/lib/domain/errors';
import { buildTableThree, cellPredicate, matchesRow } from '@/lib/domain/report';
import { caseArb, CLERK, clearRegister, insertCases, insertReviews, registerArb, reviewsArb, SUPERVISOR, tempDatabase } from '../support/report-db';

const temp = tempDatabase('report-drilldown');
let client: Database.Database;
let drill: typeof import('@/lib/data/report-drilldown');
let sql: typeof import('@/lib/data/report-sql');
let four: typeof import('@/lib/data/report-table-four-sql');

beforeAll(async () => {
  client = (await import('@/db/client')).getDb().$client;
  drill = await import('@/lib/data/report-drilldown');
  sql = await import('@/lib/data/report-sql');
  four = await import('@/lib/data/report-table-four-sql');
});
afterAll(() => temp.remove());

const YEARS = [2019, 2020, 2022, 2024, 2025];

describe('drill-down of table 三', () => {
  it('lists exactly as many cases as every cell counts', () => {
    fc.assert(
      fc.property(registerArb, (register) => {
        clearRegister(client);
        insertCases(client, register);
        for (const year of YEARS) {
          const table = sql.tableThreeSql(client, year);
          for (const row of ROW_CODES) {
            for (const col of COLUMN_CODES) expect(drill.reportCellCases(SUPERVISOR, year, row, col).total).toBe(table[row][col]);
          }
        }
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  it('lists the very cases the predicate selects, described in words', () => {
    const register = fc.sample(fc.array(caseArb, { minLength: 100, maxLength: 100 }), { numRuns: 1, seed: 7 })[0].map((c, i) => ({ ...c, caseNo: `D-${String(i).padStart(3, '0')}` }));
    clearRegister(client);
    insertCases(client, register);
    const year = 2021;
    const expected = register.filter((c) => matchesRow(c, cellPredicate(year, 'carried_out', 'total'))).map((c) => c.caseNo).sort();
    const cell = drill.reportCellCases(SUPERVISOR, year, 'carried_out', 'total');
    expect(cell.total).toBe(buildTableThree(register, year).carried_out.total);
    expect(expected.length).toBeGreaterThan(3);
    expect(cell.rows.map((r) => r.caseNo).sort()).toEqual(expected);
    expect(cell.description).toBe('收到日期在 2021-12-31 或以前，截至 2021-12-31 尚未答复');
    expect(cell.title).toBe('表三“四、结转下年度继续办理” × “总计”');
  });

  it('is refused to a clerk', () => {
    expect(() => drill.reportCellCases(CLERK, 2023, 'new', 'total')).toThrow(ForbiddenError);
    expect(() => drill.reportReviewCell(CLERK, 2023, 'reconsideration', 'total')).toThrow(ForbiddenError);
  });
});

describe('drill-down of table 四', () => {
  it('lists exactly as many records as every cell counts', () => {
    fc.assert(
      fc.property(reviewsArb, (records) => {
        clearRegister(client);
        insertReviews(client, records);
        for (const year of YEARS) {
          const table = four.tableFourSql(client, year);
          for (const { code: kind } of REVIEW_KINDS) {
            for (const { code: col } of REVIEW_COLUMNS) expect(drill.reportReviewCell(SUPERVISOR, year, kind, col).total).toBe(table[kind][col]);
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
