// A large import is written in short batches so that other writers are not starved, after every
// row has been checked against the file rules and the database (bad input writes nothing). An
// import stopped part-way is recorded, shown, and completed by importing the same file again.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { ImportInterruptedError, ImportRejectedError } from '@/lib/domain/import-errors';
import { BATCH } from '@/lib/data/import-batches';
import { plainRegisterRows } from '../support/register-rows';
import { CLI_ADMIN, countRows, createTempDatabase, rejection } from '../support/temp-db';

const temp = createTempDatabase('import-batches');
let db: Db;
let other: Database.Database;
let imp: typeof import('@/lib/data/register-import');
let runs: typeof import('@/lib/data/import-runs');

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  imp = await import('@/lib/data/register-import');
  runs = await import('@/lib/data/import-runs');
  // A second connection, as the command line or a second server would have: it never waits.
  other = new Database(temp.file);
  other.pragma('busy_timeout = 0');
});
afterAll(async () => {
  other.close();
  await temp.remove();
});

const rows = plainRegisterRows;

const runRow = (fileName: string) => other.prepare(`SELECT status, rows_done AS done, rows_total AS total FROM import_runs WHERE file_name = ? ORDER BY id DESC`).get(fileName) as { status: string; done: number; total: number };

/** Tries a write on the other connection at every turn of the event loop while `work` runs. */
async function whileRunning<T>(work: Promise<T>, onTurn: () => void): Promise<T> {
  let finished = false;
  const result = work.finally(() => (finished = true));
  result.catch(() => undefined); // the caller awaits it below
  while (!finished) {
    onTurn();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return result;
}

describe('a large register import', { timeout: 120_000 }, () => {
  it('lets another connection write between its batches, and completes', async () => {
    const file = rows('BIG', BATCH.maxRows * 2 + 100);
    const landed: number[] = [];
    const summary = await whileRunning(imp.importRegister(CLI_ADMIN, file, { fileName: 'big.csv' }), () => {
      try {
        other.exec('BEGIN IMMEDIATE');
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_BUSY') return;
        throw error;
      }
      try {
        other.prepare(`INSERT INTO settings (key, value) VALUES ('probe', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(String(Date.now()));
        const run = runRow('big.csv');
        if (run && run.status === 'running' && run.done > 0 && run.done < run.total) landed.push(run.done);
      } finally {
        other.exec('COMMIT');
      }
    });
    expect(summary).toMatchObject({ created: file.length, updated: 0, unchanged: 0 });
    // Writes of the other connection went through while the import was part-way.
    expect(landed.length).toBeGreaterThan(0);
    expect(runRow('big.csv')).toEqual({ status: 'done', done: file.length, total: file.length });
    expect(other.prepare(`SELECT count(*) AS n FROM cases WHERE case_no LIKE 'BIG-%'`).get()).toEqual({ n: file.length });
    expect(runs.unfinishedImports(CLI_ADMIN)).toEqual([]);
  });

  it('writes nothing at all when any row conflicts with the database before it starts', async () => {
    other.prepare(`INSERT INTO cases (case_no, received_on, registered_on, channel, applicant_type, applicant_name, content, replied_on, outcome, clock_start_on, clock_state, created_at, updated_at)
      VALUES ('PRE-900', '2023-12-01', '2023-12-01', 'online', 'natural_person', '已办结', '', '2024-01-05', 'disclosed', '2023-12-01', 'closed', '2024-01-05T00:00:00Z', '2024-01-05T00:00:00Z')`).run();
    const before = countRows(db.$client, 'cases');
    const error = await rejection(imp.importRegister(CLI_ADMIN, rows('PRE', 1200), { fileName: 'pre.csv' }));
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).problems).toEqual([{ row: 901, column: '收到日期', message: expect.stringContaining('晚于系统中记录的答复日期 2024-01-05') }]);
    expect(countRows(db.$client, 'cases')).toBe(before);
    expect(runRow('pre.csv')).toBeUndefined();
  });

  it('stops when a row no longer fits what someone saved meanwhile, says how far it got, and the same file completes it', async () => {
    const file = rows('MID', BATCH.maxRows * 2 + 100);
    let conflicted = false;
    const error = await rejection(
      whileRunning(imp.importRegister(CLI_ADMIN, file, { fileName: 'mid.csv' }), () => {
        if (conflicted) return;
        const run = runRow('mid.csv');
        if (!run || run.done === 0) return;
        // A clerk closes the case of a later row of the file, replying before the file's receipt.
        other.prepare(`INSERT INTO cases (case_no, received_on, registered_on, channel, applicant_type, applicant_name, content, replied_on, outcome, clock_start_on, clock_state, created_at, updated_at)
          VALUES (?, '2023-12-01', '2023-12-01', 'online', 'natural_person', '他人登记', '', '2024-01-05', 'disclosed', '2023-12-01', 'closed', '2024-01-05T00:00:00Z', '2024-01-05T00:00:00Z')`).run(`MID-${file.length}`);
        conflicted = true;
      }),
    );
    expect(error).toBeInstanceOf(ImportInterruptedError);
    const e = error as ImportInterruptedError;
    expect(e.rowsDone).toBeGreaterThan(0);
    expect(e.rowsDone).toBeLessThan(file.length);
    expect(e.message).toMatch(new RegExp(`^导入中途停止：共 ${file.length} 行，前 ${e.rowsDone} 行已导入，其余没有导入。`));
    expect(other.prepare(`SELECT count(*) AS n FROM cases WHERE case_no LIKE 'MID-%' AND applicant_name != '他人登记'`).get()).toEqual({ n: e.rowsDone });
    expect(runRow('mid.csv')).toMatchObject({ status: 'interrupted', done: e.rowsDone });
    expect(runs.unfinishedImports(CLI_ADMIN)).toEqual([expect.objectContaining({ kind: 'register', fileName: 'mid.csv', rowsDone: e.rowsDone, rowsTotal: file.length })]);

    // The conflict is sorted out (the reply was recorded on the wrong case), and the same file is
    // imported again: the rows already imported are unchanged, the rest are written.
    other.prepare(`UPDATE cases SET replied_on = NULL, outcome = NULL, clock_state = 'running' WHERE case_no = ?`).run(`MID-${file.length}`);
    const again = await imp.importRegister(CLI_ADMIN, file, { fileName: 'mid.csv' });
    expect(again).toMatchObject({ created: file.length - e.rowsDone - 1, updated: 1, unchanged: e.rowsDone });
    expect(runs.unfinishedImports(CLI_ADMIN)).toEqual([]);
    expect(other.prepare(`SELECT status FROM import_runs WHERE file_name = 'mid.csv' ORDER BY id`).all()).toEqual([{ status: 'resolved' }, { status: 'done' }]);
  });

  it('an import whose process was killed shows as unfinished once its last batch is old, until the same file is imported', async () => {
    const id = runs.startImportRun(db, CLI_ADMIN, { kind: 'reviews', fileName: 'killed.csv', fileSha256: 'abc', rowsTotal: 900 });
    expect(runs.unfinishedImports(CLI_ADMIN).map((u) => u.fileName)).not.toContain('killed.csv');
    const later = new Date(Date.now() + 3 * 60 * 1000);
    expect(runs.unfinishedImports(CLI_ADMIN, later).find((u) => u.id === id)).toMatchObject({ kind: 'reviews', rowsDone: 0, rowsTotal: 900 });
    const { importReviews } = await import('@/lib/data/review-import');
    await importReviews(CLI_ADMIN, [], { fileName: 'killed.csv', fileSha256: 'abc' });
    expect(runs.unfinishedImports(CLI_ADMIN, later).find((u) => u.id === id)).toBeUndefined();
  });
});
