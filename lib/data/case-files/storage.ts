import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Where case files live: a `files` folder beside the database (they hold the same personal data
// and belong in the same backup), entered only by the server's own user, each file under a random
// name that says nothing about its content. The paths are built at run time, which the build must
// not trace (hence the turbopackIgnore comments).

/** The case-files folder for the database at `databaseFile` (default: DATABASE_PATH). `ogi backup` includes it. */
export function caseFilesDir(databaseFile: string = process.env.DATABASE_PATH || 'data/ogi-desk.sqlite'): string {
  return path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ databaseFile)), 'files');
}

function ensureDir(): string {
  const dir = caseFilesDir();
  fs.mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(/*turbopackIgnore: true*/ dir, 0o700);
  return dir;
}

const STORED_NAME_RE = /^[0-9a-f]{32}$/;

export function newStoredName(): string {
  return randomBytes(16).toString('hex');
}

/** Writes the file owner-only, never over an existing one. */
export function writeStoredFile(storedName: string, data: Buffer): void {
  if (!STORED_NAME_RE.test(storedName)) throw new Error('invalid stored file name');
  fs.writeFileSync(/*turbopackIgnore: true*/ path.join(ensureDir(), storedName), data, { mode: 0o600, flag: 'wx' });
}

export function readStoredFile(storedName: string): Buffer {
  if (!STORED_NAME_RE.test(storedName)) throw new Error('invalid stored file name');
  return fs.readFileSync(/*turbopackIgnore: true*/ path.join(caseFilesDir(), storedName));
}

/** Removes a file written for a transaction that then failed; a missing file is fine. */
export function removeStoredFile(storedName: string): void {
  if (STORED_NAME_RE.test(storedName)) fs.rmSync(/*turbopackIgnore: true*/ path.join(caseFilesDir(), storedName), { force: true });
}
