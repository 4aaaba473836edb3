import Database from 'better-sqlite3';

// Direct access to the e2e server's database, for what a browser cannot do quickly: let time pass
// for a session (its sign-in and last activity moved into the past), instead of sleeping.

function withDatabase<T>(fn: (db: Database.Database) => T): T {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error('E2E_DATABASE_PATH is not set');
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Moves only the last activity of a user's sessions into the past (the sign-in time stays). */
export function idleSessions(username: string, minutes: number): number {
  return withDatabase(
    (db) =>
      db
        .prepare(`UPDATE sessions SET last_seen_at = strftime('%Y-%m-%dT%H:%M:%fZ', last_seen_at, '-${minutes} minutes') WHERE user_id = (SELECT id FROM users WHERE username = ?)`)
        .run(username).changes,
  );
}

/** Moves only the sign-in time of a user's sessions into the past (they stay active meanwhile). */
export function ageSignIn(username: string, minutes: number): number {
  return withDatabase(
    (db) =>
      db
        .prepare(`UPDATE sessions SET signed_in_at = strftime('%Y-%m-%dT%H:%M:%fZ', signed_in_at, '-${minutes} minutes') WHERE user_id = (SELECT id FROM users WHERE username = ?)`)
        .run(username).changes,
  );
}

/** Many cases at once, written straight into the register (the index triggers keep search in step). */
export function insertCases(prefix: string, count: number, receivedOn: string): number {
  return withDatabase((db) => {
    const insert = db.prepare(
      `INSERT INTO cases (case_no, received_on, registered_on, channel, applicant_type, applicant_name, content, clock_start_on, reply_due_on, clock_state, created_at, updated_at)
       VALUES (?, ?, ?, 'online', 'natural_person', ?, '批量测试申请', ?, NULL, 'running', ?, ?)`,
    );
    const now = new Date().toISOString();
    db.transaction(() => {
      for (let i = 1; i <= count; i++) insert.run(`${prefix}-${String(i).padStart(3, '0')}`, receivedOn, receivedOn, `批量申请人${i}`, receivedOn, now, now);
    })();
    return count;
  });
}

/** A saved filter stored as an older version (or a damaged database) might hold it. */
export function storeSavedFilter(username: string, name: string, query: string): void {
  withDatabase((db) =>
    db
      .prepare(`INSERT INTO saved_filters (user_id, name, query, created_at) VALUES ((SELECT id FROM users WHERE username = ?), ?, ?, ?)`)
      .run(username, name, query, new Date().toISOString()),
  );
}
