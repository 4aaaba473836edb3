import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';
import { ensureReferenceData } from './reference-data';
import { maskIdNumber } from '@/lib/domain/id-mask';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = 'data/ogi-desk.sqlite';

export function databasePath(): string {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

function migrationsFolder(): string {
  return path.join(process.env.OGI_ROOT || process.cwd(), 'drizzle');
}

/** Opens (creating if needed) and migrates a database file. The one migrate step of the product. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // The masking rule as SQL, for the migration that masks identity numbers kept by the audit.
  sqlite.function('ogi_mask_id_number', { deterministic: true }, (value: unknown) => (value === null || value === undefined ? null : maskIdNumber(String(value))));
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrationsFolder() });
  ensureReferenceData(db);
  return db as Db;
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
