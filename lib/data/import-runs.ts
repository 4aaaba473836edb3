import 'server-only';
import { createHash } from 'node:crypto';
import { and, desc, eq, gte, inArray, lt, or } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { importRuns } from '@/db/schema';
import { writeTransaction } from '@/db/write-transaction';
import { ForbiddenError } from '@/lib/domain/errors';
import { ImportInterruptedError, ImportRejectedError } from '@/lib/domain/import-errors';
import { canImportRegister } from '@/lib/domain/policy';
import type { Actor } from '@/lib/domain/roles';
import { actorName, writeAudit } from './audit';

// The marker of each import (db/schema.ts importRuns): started before the first batch, advanced in
// the same transaction as each batch, closed with the summary. A run still 'running' whose last
// batch is older than STALE_MS was stopped with its process (the server or the command killed).

export type ImportKind = 'register' | 'reviews';
type Tx = Pick<Db, 'update'>;
type RunFacts = { kind: ImportKind; fileName: string; fileSha256: string; rowsTotal: number };
const STALE_MS = 2 * 60 * 1000;

export type UnfinishedImport = { id: number; kind: ImportKind; fileName: string; actorName: string; rowsDone: number; rowsTotal: number; startedAt: string; message: string | null };

/** Identifies the content of an import given as rows (the callers pass the file's SHA-256 when they have the file). */
export function contentHash(rows: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

export function startImportRun(db: Db, actor: Actor, run: RunFacts): number {
  const now = new Date().toISOString();
  return writeTransaction(db, (tx) =>
    tx
      .insert(importRuns)
      .values({ ...run, actorId: actor.id, actorName: actorName(actor), status: 'running', startedAt: now, updatedAt: now })
      .returning({ id: importRuns.id })
      .get(),
  ).id;
}

export function advanceImportRun(tx: Tx, id: number, rowsDone: number): void {
  tx.update(importRuns).set({ rowsDone, updatedAt: new Date().toISOString() }).where(eq(importRuns.id, id)).run();
}

/** The run is complete; earlier runs of the same file that stopped part-way are thereby completed too. */
export function finishImportRun(tx: Tx, id: number, run: { kind: ImportKind; fileSha256: string }): void {
  const now = new Date().toISOString();
  tx.update(importRuns).set({ status: 'done', updatedAt: now }).where(eq(importRuns.id, id)).run();
  tx.update(importRuns)
    .set({ status: 'resolved', message: `已由第 ${id} 次导入补全`, updatedAt: now })
    .where(and(eq(importRuns.kind, run.kind), eq(importRuns.fileSha256, run.fileSha256), inArray(importRuns.status, ['running', 'interrupted'])))
    .run();
}

export function interruptImportRun(db: Db, id: number, message: string): void {
  writeTransaction(db, (tx) => tx.update(importRuns).set({ status: 'interrupted', message, updatedAt: new Date().toISOString() }).where(eq(importRuns.id, id)).run());
}

/** What an import's writing sees of its run: `advance` in each batch's transaction, `rowsDone` so far. */
export type ImportRunHandle = { advance: (tx: Tx, rowsDone: number) => void; readonly rowsDone: number };

/**
 * One import's writing inside its run marker (both imports share this): the run is started, advanced
 * with every batch, and closed in one transaction with the import's own audit record (`finished`);
 * an error marks it interrupted with the reason, and a file refused before its first row was
 * written is an ordinary refusal of the whole file (ImportRejectedError), not a part-done import.
 */
export async function inImportRun(
  db: Db,
  actor: Actor,
  facts: RunFacts,
  write: (run: ImportRunHandle) => Promise<void>,
  finished: () => { action: string; note: string },
): Promise<void> {
  const id = startImportRun(db, actor, facts);
  let rowsDone = 0;
  const run: ImportRunHandle = {
    advance: (tx, done) => {
      advanceImportRun(tx, id, done);
      rowsDone = done;
    },
    get rowsDone() {
      return rowsDone;
    },
  };
  try {
    await write(run);
  } catch (error) {
    const interrupted = error instanceof ImportInterruptedError ? error : null;
    interruptImportRun(db, id, interrupted ? interrupted.message : `导入出错：${error instanceof Error ? error.message : String(error)}`);
    if (interrupted && rowsDone === 0) throw new ImportRejectedError(interrupted.problems);
    throw error;
  }
  const { action, note } = finished();
  writeTransaction(db, (tx) => {
    writeAudit(tx, actor, { entityType: 'import', entityId: facts.fileName, action, note });
    finishImportRun(tx, id, facts);
  });
}

export type ImportRunProgress = { rowsDone: number; rowsTotal: number };

/**
 * How far the import of `kind` now running has got (rows written, of all), for the import page's
 * progress bar; null when none is running. The marker advances with every committed batch.
 */
export function importProgress(actor: Actor, kind: ImportKind, now = new Date()): ImportRunProgress | null {
  if (!canImportRegister(actor)) throw new ForbiddenError('只有管理员可以查看导入记录。');
  const stale = new Date(now.getTime() - STALE_MS).toISOString();
  const run = getDb()
    .select({ rowsDone: importRuns.rowsDone, rowsTotal: importRuns.rowsTotal })
    .from(importRuns)
    .where(and(eq(importRuns.kind, kind), eq(importRuns.status, 'running'), gte(importRuns.updatedAt, stale)))
    .orderBy(desc(importRuns.id))
    .limit(1)
    .get();
  return run ?? null;
}

/** Imports that stopped part-way and have not been completed since, newest first. */
export function unfinishedImports(actor: Actor, now = new Date()): UnfinishedImport[] {
  if (!canImportRegister(actor)) throw new ForbiddenError('只有管理员可以查看导入记录。');
  const stale = new Date(now.getTime() - STALE_MS).toISOString();
  return getDb()
    .select({
      id: importRuns.id,
      kind: importRuns.kind,
      fileName: importRuns.fileName,
      actorName: importRuns.actorName,
      rowsDone: importRuns.rowsDone,
      rowsTotal: importRuns.rowsTotal,
      startedAt: importRuns.startedAt,
      message: importRuns.message,
    })
    .from(importRuns)
    .where(or(eq(importRuns.status, 'interrupted'), and(eq(importRuns.status, 'running'), lt(importRuns.updatedAt, stale))))
    .orderBy(desc(importRuns.id))
    .all();
}
