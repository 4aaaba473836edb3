import Database from 'better-sqlite3';

/** Reads the server's database beside it (WAL: a reader never blocks the server). */
export function withDatabase<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export function integrityCheck(file: string): string {
  return withDatabase(file, (db) => (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; '));
}

export function count(file: string, sql: string, ...params: unknown[]): number {
  return withDatabase(file, (db) => Number(db.prepare(sql).pluck().get(...params)));
}
