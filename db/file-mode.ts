import fs from 'node:fs';
import path from 'node:path';

// The database holds applicants' personal data: its file, the -wal and -shm files SQLite keeps
// beside it, and the folder OGI Desk creates for it are for the server's own user only. SQLite
// creates -wal and -shm with the mode of the database file, so the file is made 0600 before SQLite
// first opens it. A folder chosen by the operator that already exists keeps its mode (it may be a
// shared parent such as /srv); the folder OGI Desk creates is 0700.

export const OWNER_FILE = 0o600;
export const OWNER_DIR = 0o700;

/** Creates the folders leading to `file` owner-only (those that exist are left as they are). */
export function ensureOwnerDir(dir: string): void {
  if (fs.existsSync(dir)) return;
  ensureOwnerDir(path.dirname(dir));
  fs.mkdirSync(dir, { mode: OWNER_DIR });
  fs.chmodSync(dir, OWNER_DIR); // mkdir's mode is filtered by the umask
}

/** Creates the file if needed, and makes it and its SQLite companions owner-only. */
export function restrictDatabaseFiles(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', OWNER_FILE));
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    try {
      fs.chmodSync(f, OWNER_FILE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
