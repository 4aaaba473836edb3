// export → import into an empty database gives the same tables 三 and 四 for every year, in both
// formats; text that a spreadsheet would run as a formula is neutralised on the way out and
// restored on the way in.
import fc from 'fast-check';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REVIEW_KINDS } from '@/lib/domain/categories';
import { addDays } from '@/lib/domain/dates';
import { parseCsv } from '@/lib/domain/register';
import { ADMIN, caseArb, insertCases, SUPERVISOR, tempDatabase, YEARS } from '../support/report-db';

const source = tempDatabase('roundtrip');
afterAll(() => source.remove());

async function tables() {
  const { getAnnualReport } = await import('@/lib/data/annual-report');
  return YEARS.map((y) => {
    const r = getAnnualReport(SUPERVISOR, y);
    return { year: y, three: r.tableThree, four: r.tableFour };
  });
}

async function switchDatabase(file: string) {
  process.env.DATABASE_PATH = file;
  return (await import('@/db/client')).getDb();
}

describe('register export → import', () => {
  it('reproduces every table from an empty database (xlsx and csv)', async () => {
    // Replies up to 600 days after 2024 would be in the future of some test runs; the importer
    // rightly refuses future dates, so the generated register stops at 2025.
    const register = fc
      .sample(fc.array(caseArb, { minLength: 80, maxLength: 80 }), { numRuns: 1, seed: 42 })[0]
      .filter((c) => (c.repliedOn ?? '') <= '2025-12-31')
      .map((c, i) => ({ ...c, caseNo: `RT-${i + 1}` }));
    const db = await switchDatabase(source.file);
    insertCases(db.$client, register);
    db.$client.prepare(`UPDATE cases SET applicant_name = '=HYPERLINK("x")', content = '+86 电话' WHERE case_no = 'RT-1'`).run();
    const { createReview } = await import('@/lib/data/reviews');
    register.slice(0, 12).forEach((c, i) => {
      const filedOn = addDays(c.receivedOn, 30 + i);
      const decided = i % 3 !== 0 && addDays(filedOn, 90) <= '2025-12-31';
      createReview(ADMIN, { caseNo: c.caseNo, kind: REVIEW_KINDS[i % 3].code, filedOn, result: decided ? 'upheld' : null, decidedOn: decided ? addDays(filedOn, 90) : null, notes: null });
    });
    const expected = await tables();
    const { exportRegister, exportReviewFile } = await import('@/lib/data/register-export');
    const files = {
      xlsx: { register: await exportRegister(SUPERVISOR, 'xlsx'), reviews: await exportReviewFile(SUPERVISOR, 'xlsx') },
      csv: { register: await exportRegister(SUPERVISOR, 'csv'), reviews: await exportReviewFile(SUPERVISOR, 'csv') },
    };
    const csvText = files.csv.register.body.toString('utf8');
    expect(parseCsv(csvText).find((r) => r[0] === 'RT-1')).toEqual(expect.arrayContaining([`'=HYPERLINK("x")`, "'+86 电话"]));
    expect(files.csv.register.count).toBe(register.length);

    const { readRegisterFile, readReviewFile } = await import('@/lib/import/read-import-file');
    const { importRegister } = await import('@/lib/data/register-import');
    const { importReviews } = await import('@/lib/data/review-import');
    for (const format of ['xlsx', 'csv'] as const) {
      await switchDatabase(path.join(source.dir, `empty-${format}.sqlite`));
      const reg = await readRegisterFile(files[format].register.body, `register.${format}`, '2026-01-01');
      if (!reg.ok) throw new Error(JSON.stringify(reg));
      expect((await importRegister(ADMIN, reg.rows, { fileName: `register.${format}` })).created).toBe(register.length);
      const rev = await readReviewFile(files[format].reviews.body, `reviews.${format}`, '2026-01-01');
      if (!rev.ok) throw new Error(JSON.stringify(rev));
      expect((await importReviews(ADMIN, rev.rows, { fileName: `reviews.${format}` })).created).toBe(12);
      expect(await tables()).toEqual(expected);
      const { getDb } = await import('@/db/client');
      expect(getDb().$client.prepare(`SELECT applicant_name AS a, content AS c FROM cases WHERE case_no = 'RT-1'`).get()).toEqual({ a: '=HYPERLINK("x")', c: '+86 电话' });
    }
    await switchDatabase(source.file);
  }, 60_000);
});
