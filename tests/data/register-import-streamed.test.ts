// A large register is checked as it is read and written from the rows that check kept
// (lib/import/stream-register-file.ts, kept-rows.ts): all-or-nothing still holds at its far end. A bad row at the
// end of an .xlsx, or a row there that conflicts with the database (as it was when the file was
// checked, or as it became before the import began), refuses the whole file with nothing written.
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { ForbiddenError } from '@/lib/domain/errors';
import { ImportRejectedError } from '@/lib/domain/import-errors';
import { formatProblem } from '@/lib/domain/register';
import { CLI_ADMIN, countRows, createTempDatabase, rejection } from '../support/temp-db';

const temp = createTempDatabase('register-streamed');
let db: Db;
let prepare: typeof import('@/lib/import/prepare-import').prepareImport;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  prepare = (await import('@/lib/import/prepare-import')).prepareImport;
});
afterAll(() => temp.remove());

const TODAY = '2026-01-10';
const ROWS = 8_000;
const HEADER = ['申请编号', '收到日期', '申请人类型', '申请人', '答复日期', '办理结果'];
const line = (n: number, receivedOn = '2023-03-01'): (string | null)[] => [`S-${n}`, receivedOn, '自然人', `申请人${n}`, null, null];

async function xlsx(rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('台账');
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A case received on 2023-01-05 and closed on 2023-02-01, imported from a one-row CSV. */
async function closedCase(caseNo: string): Promise<void> {
  const csv = `${HEADER.join(',')}\n${caseNo},2023-01-05,自然人,甲,2023-02-01,予以公开\n`;
  const prepared = await prepare(CLI_ADMIN, 'register', Buffer.from(csv, 'utf8'), 'one.csv', TODAY);
  if (!prepared.ok) throw new Error(prepared.problems.map(formatProblem).join('\n'));
  await prepared.run();
}

const register = (last: (string | null)[]) => xlsx([...Array.from({ length: ROWS - 1 }, (_, i) => line(i + 1)), last]);
const nothingWritten = () => expect({ cases: countRows(db.$client, 'cases'), runs: countRows(db.$client, 'import_runs') }).toEqual(before);
let before: { cases: number; runs: number };

describe('a large register, streamed', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    // A case already closed on 2023-02-01: a row giving it a later 收到日期 conflicts with it.
    await closedCase(`S-${ROWS}`);
    before = { cases: countRows(db.$client, 'cases'), runs: countRows(db.$client, 'import_runs') };
  });

  it('a bad cell in the last row of the sheet refuses the whole file, naming its row', async () => {
    const prepared = await prepare(CLI_ADMIN, 'register', await register([`S-${ROWS}`, '2023-13-40', '自然人', '乙', null, null]), 'bad-end.xlsx', TODAY);
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.problems.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^第${ROWS + 1}行，“收到日期”列：`))]);
    nothingWritten();
  });

  it('a last row conflicting with a recorded case is shown in the preview and refuses the import', async () => {
    const prepared = await prepare(CLI_ADMIN, 'register', await register(line(ROWS)), 'conflict-end.xlsx', TODAY);
    if (!prepared.ok) throw new Error(prepared.problems.map(formatProblem).join('\n'));
    expect(prepared.rows).toBe(ROWS);
    const preview = prepared.preview();
    expect(preview).toMatchObject({ created: ROWS - 1, updated: 0 });
    expect(preview.problems.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^第${ROWS + 1}行，“收到日期”列：收到日期 2023-03-01 晚于系统中记录的答复日期 2023-02-01`))]);
    expect(await rejection(prepared.run())).toBeInstanceOf(ImportRejectedError);
    nothingWritten();
  });

  it('a conflict that arises after the file was checked is found again before the first write', async () => {
    const last = `S-${ROWS + 1}`;
    const prepared = await prepare(CLI_ADMIN, 'register', await register([last, '2023-03-01', '自然人', '丙', null, null]), 'late-conflict.xlsx', TODAY);
    if (!prepared.ok) throw new Error(prepared.problems.map(formatProblem).join('\n'));
    expect(prepared.preview().problems).toEqual([]);
    // Meanwhile someone registers the last row's case, closed before the file's 收到日期.
    await closedCase(last);
    before = { cases: countRows(db.$client, 'cases'), runs: countRows(db.$client, 'import_runs') };
    const error = await rejection(prepared.run());
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).problems.map((p) => p.row)).toEqual([ROWS + 1]);
    nothingWritten();
  });

  it('a good file of the same size is written whole, from the rows its check kept', async () => {
    const prepared = await prepare(CLI_ADMIN, 'register', await xlsx(Array.from({ length: ROWS }, (_, i) => line(ROWS + 10 + i))), 'good.xlsx', TODAY);
    if (!prepared.ok) throw new Error(prepared.problems.map(formatProblem).join('\n'));
    const progress: number[] = [];
    expect(await prepared.run((done) => progress.push(done))).toMatchObject({ created: ROWS, updated: 0, unchanged: 0 });
    expect(countRows(db.$client, 'cases')).toBe(before.cases + ROWS);
    expect(progress.at(-1)).toBe(ROWS);
  });

  it('checking a register against the database is for administrators: a clerk is refused before any row is read', async () => {
    const clerk = { id: 2, username: 'clerk', displayName: '王芳', role: 'clerk' as const };
    const csv = `${HEADER.join(',')}\nF-1,2023-01-05,自然人,甲,,\n`;
    expect(await rejection(prepare(clerk, 'register', Buffer.from(csv, 'utf8'), 'one.csv', TODAY))).toBeInstanceOf(ForbiddenError);
  });
});
