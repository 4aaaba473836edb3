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
