// A new case without steps is registered with its clock computed up front (register-import.ts
// insertCase) instead of being read back and refreshed: the stored clock must be the one
// refreshClock computes from the case's dates and events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { NO_STEPS } from '@/lib/domain/register/register-steps';
import type { RegisterRow } from '@/lib/domain/register';
import { CLI_ADMIN, createTempDatabase } from '../support/temp-db';

const temp = createTempDatabase('register-import-clock');
let db: Db;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
});
afterAll(() => temp.remove());

const row = (n: number, receivedOn: string, repliedOn: string | null): RegisterRow => ({
  rowNumber: n + 1,
  caseNo: `CLK-${n}`,
  receivedOn,
  applicantType: 'natural_person',
  applicantName: `申请人${n}`,
  channel: null,
  content: null,
  repliedOn,
  outcome: repliedOn ? 'disclosed' : null,
  replyDocNo: null,
  handler: null,
  registeredOn: null,
  steps: NO_STEPS,
});

type Stored = { id: number; clock_start_on: string; reply_due_on: string | null; due_provisional: number; clock_state: string };
const stored = (): Stored[] => db.$client.prepare('SELECT id, clock_start_on, reply_due_on, due_provisional, clock_state FROM cases ORDER BY id').all() as Stored[];

describe('the clock of an imported case', () => {
  it('is the clock refreshClock stores, open or closed, on time or late, in a provisional year or not', async () => {
    const { importRegister } = await import('@/lib/data/register-import');
    const { refreshClock } = await import('@/lib/data/case-clock');
    const { writeTransaction } = await import('@/db/write-transaction');
    const rows = [
      row(1, '2024-03-01', null),
      row(2, '2024-03-01', '2024-03-10'),
      row(3, '2023-01-05', '2023-06-30'),
      row(4, '2026-11-20', null),
      row(5, '2026-01-01', null),
      row(6, '2019-12-31', '2020-01-20'),
    ];
    await importRegister(CLI_ADMIN, rows, { fileName: 'clock.csv' });
    const imported = stored();
    expect(imported).toHaveLength(rows.length);
    writeTransaction(db, (tx) => {
      for (const c of imported) refreshClock(tx, c.id);
    });
    expect(stored()).toEqual(imported);
  });
});
