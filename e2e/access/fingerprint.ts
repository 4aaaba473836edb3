import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

// "Nothing changed": a hash of every table of the database, read beside the running server. A
// session's last activity and its end are left out: a refused request may record activity, and
// ends a session that has run out, and neither is a change of record.

const VOLATILE: Record<string, string[]> = { sessions: ['last_seen_at', 'revoked_at'] };

export type Fingerprint = Record<string, string>;

export function fingerprint(file: string): Fingerprint {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const result: Fingerprint = {};
    // One read transaction: all tables as of one moment.
    db.exec('BEGIN');
    for (const table of tables) {
      const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name).filter((c) => !VOLATILE[table]?.includes(c));
      const hash = createHash('sha256');
      for (const row of db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY rowid`).raw().iterate()) {
        hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? String(v) : v)));
        hash.update('\n');
      }
      result[table] = hash.digest('hex').slice(0, 16);
    }
    db.exec('COMMIT');
    return result;
  } finally {
    db.close();
  }
}

/** The tables whose content differs between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]).sort();
}
