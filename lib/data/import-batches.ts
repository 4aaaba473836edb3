import 'server-only';
import type { Db } from '@/db/client';
import { writeTransaction, type Tx } from '@/db/write-transaction';
import { watchWaitingWriters } from '@/db/waiting-writers';
import { checkpointElsewhere } from '@/db/wal-checkpointer';

// A large import must not hold the write lock for long: SQLite has one writer at a time, and a
// 20,000-row register written in one transaction would make every save and sign-in wait (and
// fail) for the better part of a minute. So an import
//   1. reads and validates the whole file, and plans every row against the database, before the
//      first write: a file with any bad row, or any row that conflicts with what is recorded,
//      writes nothing (INTERFACES §1);
//   2. then writes in IMMEDIATE transactions that each hold the lock for about BATCH.budgetMs (or
//      BATCH.maxRows rows, whichever comes first), each planning its own rows again under the lock
//      (the database may have changed since step 1) and advancing the import's marker
//      (import-runs.ts) in the same transaction;
//   3. between batches lets the event loop turn (the server's own requests run when the import runs
//      inside it) and, only when a writer of another connection found the lock taken meanwhile
//      (db/waiting-writers.ts), pauses BATCH.pauseMs: long enough for it, waiting in SQLite's busy
//      handler (which polls at most every 100 ms), to get the lock. So a save waits at most about
//      budgetMs + pauseMs, and an import nobody waits for never sleeps (a pause after every batch
//      cost it a third of its time).
// What is given up: if someone changes a case of the file between two batches so that a row of a
// later batch no longer fits, or the process is killed, the earlier batches stay written. That is
// never bad input half-written (step 1 refused all of that); it is reported (ImportInterruptedError
// and the marker, shown on the import page) and completed by importing the same file again, which
// finds the rows already imported by their 申请编号 (or key) and leaves them unchanged.

// streamedRows: streamed items are read this many ahead (they are all the rows of the next batch):
// enough for a batch's time budget, few enough to stay a small part of memory. Fewer, larger
// commits matter: each commit writes the batch's new cases out as a segment of the search index,
// and an import of 100,000 cases in batches of 1,000 spent about 6 s merging those segments, three
// times what batches of 5,000 cost.
export const BATCH = { maxRows: 5000, streamedRows: 5000, budgetMs: 300, pauseMs: 120 } as const;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Told after each committed batch how many of how many rows are written (for a progress bar). */
export type ImportProgress = (done: number, total: number) => void;

/** Items given as they are written (the rows a large file's check kept): how many there will be, and the items. */
export type StreamedItems<T> = { total: number; items: AsyncIterable<T> };

/**
 * Writes `items` in batches. `writeSome` applies a prefix of the items it is given (at least one)
 * within its own transaction, stopping once `deadline` (a Date.now() value) has passed, and returns
 * how many it applied; `afterBatch` runs in the same transaction with the running total;
 * `onProgress` after the batch is committed. Streamed items are read a batch ahead at most, outside
 * the transaction.
 */
export async function writeInBatches<T>(
  db: Db,
  items: readonly T[] | StreamedItems<T>,
  writeSome: (tx: Tx, items: readonly T[], deadline: number) => number,
  afterBatch: (tx: Tx, done: number) => void,
  onProgress?: ImportProgress,
): Promise<void> {
  const listed = Array.isArray(items);
  const total = listed ? items.length : (items as StreamedItems<T>).total;
  const source = listed ? null : (items as StreamedItems<T>).items[Symbol.asyncIterator]();
  let pending: T[] = [];
  let offset = 0; // of pending's first item in a listed `items`
  const nextChunk = async (): Promise<readonly T[]> => {
    if (!source) return (items as readonly T[]).slice(offset, offset + BATCH.maxRows);
    while (pending.length < BATCH.streamedRows) {
      const next = await source.next();
      if (next.done) break;
      pending.push(next.value);
    }
    return pending;
  };
  let done = 0;
  const waiting = watchWaitingWriters(db.$client);
  // More than one batch: the -wal file is copied back on the second core (db/wal-checkpointer.ts).
  const checkpoints = total > BATCH.maxRows ? checkpointElsewhere(db.$client) : null;
  try {
    for (;;) {
      const chunk = await nextChunk();
      if (chunk.length === 0) break;
      if (done > 0) await (waiting.someoneWaited() ? pause(BATCH.pauseMs) : turn());
      await checkpoints?.caughtUp();
      const applied = writeTransaction(db, (tx) => {
        const applied = writeSome(tx, chunk, Date.now() + BATCH.budgetMs);
        if (!(applied >= 1 && applied <= chunk.length)) throw new Error(`writeSome applied ${applied} of ${chunk.length} items`);
        afterBatch(tx, done + applied);
        return applied;
      });
      done += applied;
      checkpoints?.committed();
      if (source) pending = pending.slice(applied);
      else offset += applied;
      onProgress?.(done, Math.max(total, done));
    }
  } finally {
    waiting.close();
    await checkpoints?.close();
    await source?.return?.();
  }
}
