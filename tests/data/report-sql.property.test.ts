// The SQL path of the year-end tables equals the reference builder of lib/domain/report on random
// registers spanning several years: carry-over in both directions, cases closed on 31 Dec and on
// 1 Jan, cases never closed, and review records decided around the year end.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { buildTableFour, buildTableThree } from '@/lib/domain/report';
import { clearRegister, insertCases, insertReviews, registerArb, reviewsArb, tempDatabase, YEARS } from '../support/report-db';

const temp = tempDatabase('report-sql');
let client: Database.Database;
let sql: typeof import('@/lib/data/report-sql');
let four: typeof import('@/lib/data/report-table-four-sql');

beforeAll(async () => {
  client = (await import('@/db/client')).getDb().$client;
  sql = await import('@/lib/data/report-sql');
  four = await import('@/lib/data/report-table-four-sql');
});
afterAll(() => temp.remove());

describe('table 三 by SQL', () => {
  it('equals buildTableThree for every year, whichever end the carry-over is anchored at', () => {
    fc.assert(
      fc.property(registerArb, (register) => {
        clearRegister(client);
        insertCases(client, register);
        for (const year of YEARS) {
          const expected = buildTableThree(register, year);
          expect(sql.tableThreeSql(client, year)).toEqual(expected);
          expect(sql.tableThreeSql(client, year, 'prefix')).toEqual(expected);
          expect(sql.tableThreeSql(client, year, 'suffix')).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('computes a run of years in one go, equal to year by year', () => {
    fc.assert(
      fc.property(registerArb, fc.constantFrom<'auto' | 'prefix' | 'suffix'>('auto', 'prefix', 'suffix'), (register, strategy) => {
        clearRegister(client);
        insertCases(client, register);
        const tables = sql.tableThreeYearsSql(client, YEARS[0], YEARS[YEARS.length - 1], strategy);
        for (const year of YEARS) expect(tables.get(year)).toEqual(buildTableThree(register, year));
      }),
      { numRuns: 30 },
    );
  });

  it('is all zeros on an empty register', () => {
    clearRegister(client);
    expect(sql.tableThreeSql(client, 2023)).toEqual(buildTableThree([], 2023));
  });
});

describe('table 四 by SQL', () => {
  it('equals buildTableFour for every year', () => {
    fc.assert(
      fc.property(reviewsArb, (records) => {
        clearRegister(client);
        insertReviews(client, records);
        for (const year of YEARS) expect(four.tableFourSql(client, year)).toEqual(buildTableFour(records, year));
      }),
      { numRuns: 80 },
    );
  });
});
