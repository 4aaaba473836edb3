import 'server-only';

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
