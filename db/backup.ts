import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { OWNER_DIR, OWNER_FILE } from './file-mode';
import { NewerDatabaseError, unknownMigrations } from './schema-version';

// Backups of the one SQLite file, and of the case-files folder `files/` beside it when there is
// one. A backup is SQLite's online backup (consistent while the server keeps writing), checked
// with integrity_check, in rollback-journal mode (one self-contained file), owner-only. The files
// folder goes to FILE.files/ beside it, copied after the database, so every file the backup's
// database refers to is in the copy. A restore checks the backup the same way, refuses while any
// process (the server) has the database open, and keeps the file it replaces.

export class BackupError extends Error {}

const FILES_FOLDER = 'files';

export const filesFolderOf = (databaseFile: string) => path.join(path.dirname(path.resolve(databaseFile)), FILES_FOLDER);
export const backupFilesFolderOf = (backupFile: string) => `${path.resolve(backupFile)}.files`;

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** Copies a folder owner-only (0700 folders, 0600 files). */
function copyOwnerOnly(from: string, to: string): number {
  let files = 0;
  fs.mkdirSync(to, { mode: OWNER_DIR });
  fs.chmodSync(to, OWNER_DIR);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) files += copyOwnerOnly(source, target);
    else if (entry.isFile()) {
      fs.copyFileSync(source, target);
      fs.chmodSync(target, OWNER_FILE);
      files += 1;
    }
  }
  return files;
}

export type DatabaseCheck = { cases: number };

/** An OGI Desk database that passes integrity_check; refused otherwise, and if a newer version made it. */
export function checkDatabaseFile(file: string, migrationsFolder: string): DatabaseCheck {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new BackupError(`无法打开“${file}”：文件不存在或不是 SQLite 数据库`);
  }
  try {
    let result: string;
    try {
      result = String(db.pragma('integrity_check', { simple: true }));
    } catch {
      throw new BackupError(`“${file}”不是有效的数据库文件（可能已损坏或不完整）`);
    }
    if (result !== 'ok') throw new BackupError(`“${file}”未通过完整性检查（${result.split('\n')[0]}），不能使用`);
    const tables = new Set(db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`).all().map((t) => t.name));
    if (!tables.has('cases') || !tables.has('__drizzle_migrations')) throw new BackupError(`“${file}”不是本系统（OGI Desk）的数据库`);
    const unknown = unknownMigrations(db, migrationsFolder);
    if (unknown > 0) throw new NewerDatabaseError(file, unknown);
    return { cases: (db.prepare(`SELECT count(*) AS n FROM cases`).get() as { n: number }).n };
  } finally {
    db.close();
  }
}

export type BackupResult = { file: string; cases: number; filesFolder: string | null; files: number };

export async function backupDatabase(source: string, out: string, migrationsFolder: string): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new BackupError(`数据库文件“${source}”不存在，请检查 --db 参数或 DATABASE_PATH`);
  if (path.resolve(out) === path.resolve(source)) throw new BackupError('备份文件不能是数据库本身，请换一个 --out 路径');
  const dir = path.dirname(path.resolve(out));
  if (!fs.existsSync(dir)) throw new BackupError(`无法写入“${out}”：所在目录不存在`);
  const temp = path.join(dir, `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
    try {
      await db.backup(temp);
    } finally {
      db.close();
    }
    fs.chmodSync(temp, OWNER_FILE);
    const copy = new Database(temp);
    try {
      copy.pragma('journal_mode = DELETE'); // one self-contained file, no -wal beside it
    } finally {
      copy.close();
    }
    const { cases } = checkDatabaseFile(temp, migrationsFolder);
    fs.renameSync(temp, out);
    return { file: out, cases, ...backupFiles(source, out) };
  } finally {
    for (const f of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) fs.rmSync(f, { force: true });
  }
}

function backupFiles(source: string, out: string): { filesFolder: string | null; files: number } {
  const from = filesFolderOf(source);
  if (!fs.existsSync(from)) return { filesFolder: null, files: 0 };
  const to = backupFilesFolderOf(out);
  const temp = `${to}.${process.pid}.tmp`;
  fs.rmSync(temp, { recursive: true, force: true });
  const files = copyOwnerOnly(from, temp);
  fs.rmSync(to, { recursive: true, force: true });
  fs.renameSync(temp, to);
  return { filesFolder: to, files };
}

export class DatabaseInUseError extends BackupError {
  constructor(file: string) {
    super(`数据库“${file}”正在被使用（服务器正在运行，或另一个命令正在使用它）。请先停止服务器（在运行 npm start 的窗口按 Ctrl+C），再恢复`);
  }
}

export type RestoreResult = { cases: number; keptAs: string | null; filesFolder: string | null; filesKeptAs: string | null; files: number };

/**
 * Replaces `target` with the backup. The target is first switched out of WAL mode, which SQLite
 * allows only when no other connection has it open: that is how a running server is detected. The
 * exclusive lock is held while the files are swapped.
 */
export function restoreDatabase(backup: string, target: string, migrationsFolder: string, now = new Date()): RestoreResult {
  const { cases } = checkDatabaseFile(backup, migrationsFolder);
  const dir = path.dirname(path.resolve(target));
  fs.mkdirSync(dir, { recursive: true, mode: OWNER_DIR });
  const temp = path.join(dir, `.${path.basename(target)}.restore-${process.pid}.tmp`);
  fs.copyFileSync(backup, temp);
  fs.chmodSync(temp, OWNER_FILE);
  let keptAs: string | null = null;
  let lock: Database.Database | null = null;
  try {
    if (fs.existsSync(target)) {
      lock = new Database(target, { fileMustExist: true, timeout: 0 });
      try {
        lock.pragma('journal_mode = DELETE');
        lock.exec('BEGIN EXCLUSIVE');
      } catch {
        throw new DatabaseInUseError(target);
      }
      if (String(lock.pragma('journal_mode', { simple: true })) !== 'delete') throw new DatabaseInUseError(target);
      keptAs = `${target}.before-restore-${stamp(now)}`;
      fs.renameSync(target, keptAs);
    }
    fs.renameSync(temp, target);
  } finally {
    lock?.close();
    fs.rmSync(temp, { force: true });
  }
  return { cases, keptAs, ...restoreFiles(backup, target, now) };
}

function restoreFiles(backup: string, target: string, now: Date): { filesFolder: string | null; filesKeptAs: string | null; files: number } {
  const from = backupFilesFolderOf(backup);
  if (!fs.existsSync(from)) return { filesFolder: null, filesKeptAs: null, files: 0 };
  const to = filesFolderOf(target);
  const temp = `${to}.restore-${process.pid}.tmp`;
  fs.rmSync(temp, { recursive: true, force: true });
  const files = copyOwnerOnly(from, temp);
  let filesKeptAs: string | null = null;
  if (fs.existsSync(to)) {
    filesKeptAs = `${to}.before-restore-${stamp(now)}`;
    fs.renameSync(to, filesKeptAs);
  }
  fs.renameSync(temp, to);
  return { filesFolder: to, filesKeptAs, files };
}
