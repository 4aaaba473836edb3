import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { DatabaseBusyError } from '@/lib/domain/errors';
import { announceWaiting, importWriting } from './waiting-writers';
import type * as schema from './schema';

// Every write of the product goes through writeTransaction. A deferred transaction that reads first
// and writes later cannot wait for the write lock in WAL mode: when another connection (the command
// line, a second server, an import batch) wrote in between, its upgrade fails at once with
// SQLITE_BUSY. BEGIN IMMEDIATE takes the write lock first, waiting up to the connection's busy
// timeout (db/client.ts), so writers queue instead of failing. Past the timeout the caller gets a
// DatabaseBusyError, which forms show as "系统繁忙，请稍后重试" with the input kept.

type WritableDb = Pick<BetterSQLite3Database<typeof schema>, 'transaction'> & { $client?: Database.Database };
export type Tx = Parameters<Parameters<BetterSQLite3Database<typeof schema>['transaction']>[0]>[0];

const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE']);

/** True for SQLite's "another connection holds the lock" errors. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && BUSY_CODES.has(code);
}

/**
 * While an import writes (waiting-writers.ts), the lock is first tried without waiting: when it is
 * taken, the import is told someone waits (so it pauses after its batch) and the lock is waited for
 * as usual. Returns 'waited' then, without having run `fn`.
 */
function tryAtOnce<T>(db: WritableDb, client: Database.Database, fn: (tx: Tx) => T): { value: T } | 'waited' {
  const timeout = client.pragma('busy_timeout', { simple: true }) as number;
  client.pragma('busy_timeout = 0');
  let began = false;
  try {
    return {
      value: db.transaction(
        (tx) => {
          began = true;
          client.pragma(`busy_timeout = ${timeout}`);
          return fn(tx);
        },
        { behavior: 'immediate' },
      ),
    };
  } catch (error) {
    if (began || !isBusyError(error)) throw error;
    announceWaiting(client);
    return 'waited';
  } finally {
    client.pragma(`busy_timeout = ${timeout}`);
  }
}

export function writeTransaction<T>(db: WritableDb, fn: (tx: Tx) => T): T {
  try {
    const client = db.$client;
    if (client && !client.inTransaction && importWriting(client)) {
      const first = tryAtOnce(db, client, fn);
      if (first !== 'waited') return first.value;
    }
    return db.transaction(fn, { behavior: 'immediate' });
  } catch (error) {
    if (isBusyError(error)) throw new DatabaseBusyError();
    throw error;
  }
}
