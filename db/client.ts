import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';
import { ensureReferenceData } from './reference-data';
import { maskIdNumber } from '@/lib/domain/id-mask';
import { ensureOwnerDir, OWNER_DIR, restrictDatabaseFiles } from './file-mode';
import { assertNotNewer } from './schema-version';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = 'data/ogi-desk.sqlite';

export function databasePath(): string {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

export function migrationsFolder(): string {
  return path.join(process.env.OGI_ROOT || process.cwd(), 'drizzle');
}

/**
 * How long a writer waits for another connection's write lock before giving up with "系统繁忙".
 * Imports commit in short batches (well under a second), so a save waits at most about that long.
 */
export function busyTimeoutMs(): number {
  const configured = Number(process.env.OGI_BUSY_TIMEOUT_MS);
  return Number.isInteger(configured) && configured >= 0 ? configured : 5000;
}

const STATEMENT_CACHE_SIZE = 400;

/**
 * better-sqlite3 compiles a statement anew on every prepare(), and drizzle prepares every query it
 * runs: a page's queries spent longer being compiled than running. So a connection keeps its most
 * recent statements by their SQL text and hands a kept one out again with its result modes
 * (raw, pluck, expand) reset, as a fresh one would be. Nothing in the product holds a statement
 * while another caller could take it, nor iterates one lazily.
 */
function keepStatements(sqlite: Database.Database): void {
  const compile = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const statement = kept.get(source);
    if (statement) {
      kept.delete(source);
      kept.set(source, statement);
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
      return statement;
    }
    const fresh = compile(source);
    kept.set(source, fresh);
    if (kept.size > STATEMENT_CACHE_SIZE) kept.delete(kept.keys().next().value!);
    return fresh;
  }) as Database.Database['prepare'];
}

/** Opens (creating if needed) and migrates a database file. The one migrate step of the product. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') {
    const dir = path.dirname(path.resolve(file));
    ensureOwnerDir(dir);
    // The product's own data folder is made owner-only even when an older version created it.
    if (dir === path.resolve(DEFAULT_DATABASE_PATH, '..')) fs.chmodSync(dir, OWNER_DIR);
    restrictDatabaseFiles(file);
  }
  const sqlite = new Database(file);
  try {
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs()}`);
    const folder = migrationsFolder();
    assertNotNewer(sqlite, file, folder);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    // The masking rule as SQL, for the migration that masks identity numbers kept by the audit.
    keepStatements(sqlite);
    sqlite.function('ogi_mask_id_number', { deterministic: true }, (value: unknown) => (value === null || value === undefined ? null : maskIdNumber(String(value))));
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: folder });
    ensureReferenceData(db);
    // Statistics for the query planner (ANALYZE, with the samples that tell it, say, that few cases
    // are still open), gathered when a table has none or has grown tenfold since: which index
    // serves a status list or a count depends on them. Instant when nothing needs doing.
    sqlite.pragma('optimize=0x10002');
    if (file !== ':memory:') restrictDatabaseFiles(file);
    return db as Db;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

const globalForDb = globalThis as unknown as { ogiDb?: Db; ogiDbPath?: string };

/** The process-wide connection to DATABASE_PATH (or the one the CLI chose with --db). */
export function getDb(): Db {
  const file = databasePath();
  if (!globalForDb.ogiDb || globalForDb.ogiDbPath !== file) {
    globalForDb.ogiDb?.$client.close();
    globalForDb.ogiDb = openDatabase(file);
    globalForDb.ogiDbPath = file;
  }
  return globalForDb.ogiDb;
}
