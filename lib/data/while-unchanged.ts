import 'server-only';
import type Database from 'better-sqlite3';
import type { Db } from '@/db/client';

// Figures that every page shows (the header's 待办 count, the team's workload) are worked out from
// many rows, yet stay the same until something is written. A value is kept with the state of the
// database it was read in and handed out again only while that state is unchanged: no row
// written through this connection since (total_changes(), which counts every insert, update and
// delete, committed or not) and no commit by any other connection, in this process or another,
// such as an import or the CLI (PRAGMA data_version). So a kept value is never stale; the next
// write simply discards them all.

type Kept = { stamp: string; values: Map<string, unknown> };
const kept = new WeakMap<Database.Database, Kept>();
const MAX_VALUES = 1000;

const stampQueries = new WeakMap<Database.Database, { version: Database.Statement; changes: Database.Statement }>();

// Asked several times on every page: its two statements are prepared once per connection.
function stampOf(client: Database.Database): string {
  let q = stampQueries.get(client);
  if (!q) {
    q = { version: client.prepare('PRAGMA data_version').pluck(), changes: client.prepare('SELECT total_changes()').pluck() };
    stampQueries.set(client, q);
  }
  return `${q.version.get()}|${q.changes.get()}`;
}

/** The state of the database as seen through this connection: equal stamps, nothing written between. */
export function databaseStamp(db: Pick<Db, '$client'>): string {
  return stampOf(db.$client);
}

/**
 * The value of `compute` under `key`, kept while the database is unchanged. `key` must name every
 * input besides the database (the user, the day).
 */
export function whileUnchanged<T>(db: Pick<Db, '$client'>, key: string, compute: () => T): T {
  const client = db.$client;
  const before = stampOf(client);
  const entry = kept.get(client);
  if (entry && entry.stamp === before && entry.values.has(key)) return entry.values.get(key) as T;
  const value = compute();
  // Kept only when nothing changed while computing: a commit by another process between two of
  // compute's reads would otherwise pin a value read from two states. A compute that writes (a
  // day's clock refresh) is kept on the next call, when its write is part of the state.
  if (stampOf(client) !== before) return value;
  const values = entry && entry.stamp === before && entry.values.size < MAX_VALUES ? entry.values : new Map<string, unknown>();
  values.set(key, value);
  kept.set(client, { stamp: before, values });
  return value;
}
