import 'server-only';
import { Column, is, Param, Placeholder } from 'drizzle-orm';

// drizzle builds a query's SQL anew each time it runs, which costs more than running it (a 100,000-row
// import spent most of its time there). The queries run once per case or row on the hot paths
// (the register import, a step, the audit record) are built once per connection with placeholders
// and kept here. A transaction shares its database's session (one better-sqlite3 connection), so a
// query prepared on either runs inside whichever transaction is open.

type WithSession = { session?: object };
const kept = new WeakMap<object, Map<string, unknown>>();

/** The query `build` makes, prepared once per connection under `key`. */
export function prepared<T>(db: object, key: string, build: () => T): T {
  const session = (db as WithSession).session;
  if (!session) return build();
  let queries = kept.get(session);
  if (!queries) kept.set(session, (queries = new Map()));
  let query = queries.get(key) as T | undefined;
  if (query === undefined) queries.set(key, (query = build()));
  return query;
}

type BuiltQuery = { toSQL: () => { sql: string; params: unknown[] } };
type Client = { prepare: (source: string) => { run: (...params: unknown[]) => { lastInsertRowid: number | bigint }; get: (...params: unknown[]) => unknown } };
type Encoder = { mapToDriverValue: (value: unknown) => unknown };
type Bound = { name: string; encode: Encoder | null } | { value: unknown };
/** insert: runs an INSERT and returns the new row's id. */
export type RawStatement = { run: (values: Record<string, unknown>) => void; get: <R>(values: Record<string, unknown>) => R | undefined; insert: (values: Record<string, unknown>) => number };

/** drizzle's own encoding of each value (JSON columns, booleans), kept only where it is not the identity. */
function boundParams(params: unknown[]): Bound[] {
  return params.map((p) => {
    if (is(p, Placeholder)) return { name: p.name, encode: null };
    if (is(p, Param) && is(p.value, Placeholder)) {
      const encoder = p.encoder as Encoder | undefined;
      const identity = !encoder || encoder.mapToDriverValue === Column.prototype.mapToDriverValue;
      return { name: p.value.name, encode: identity ? null : encoder };
    }
    if (p !== null && typeof p === 'object') throw new Error('preparedStatement: only placeholders and constants can be bound');
    return { value: p };
  });
}

/**
 * As `prepared`, for the few inserts a large import runs once per row (the case, its events, its
 * audit record): the query drizzle builds, with its SQL and each value's encoding taken once, run
 * straight on the connection's better-sqlite3 statement. drizzle's per-run work (finding and
 * encoding every placeholder, mapping the result) cost more than SQLite's own at that rate.
 */
export function preparedStatement(db: object, key: string, build: () => BuiltQuery): RawStatement {
  const client = ((db as WithSession).session as { client?: Client } | undefined)?.client;
  if (!client) throw new Error('preparedStatement: not a better-sqlite3 connection');
  return prepared(db, `raw:${key}`, () => {
    const query = build().toSQL();
    const statement = client.prepare(query.sql);
    const bound = boundParams(query.params);
    const args = (values: Record<string, unknown>) =>
      bound.map((b) => {
        if ('value' in b) return b.value;
        const value = values[b.name];
        if (value === undefined && !(b.name in values)) throw new Error(`No value for placeholder "${b.name}" was provided`);
        return b.encode ? b.encode.mapToDriverValue(value) : value;
      });
    return {
      run: (values) => void statement.run(...args(values)),
      get: <R>(values: Record<string, unknown>) => statement.get(...args(values)) as R | undefined,
      insert: (values) => Number(statement.run(...args(values)).lastInsertRowid),
    };
  });
}
