import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';

// A build must never run against a database that a newer build has migrated: its queries would
// fail on the first missing column, or silently drop what the newer version stores. drizzle keeps
// one row per applied migration in __drizzle_migrations, stamped with the migration's time; a
// stamp this build's drizzle/ folder does not have comes from a version this build does not know.

export class NewerDatabaseError extends Error {
  constructor(file: string, unknown: number) {
    super(
      `数据库“${file}”已由较新版本的 OGI Desk 升级（含本程序不认识的 ${unknown} 项数据库变更），当前程序不能安全使用它。` +
        '请把程序更新到与数据库相同或更新的版本后再启动（git pull 后重新运行 npm start）；不要用旧版本打开新数据库。',
    );
    this.name = 'NewerDatabaseError';
  }
}

/** The migrations recorded in the database that this build's migrations folder does not contain. */
export function unknownMigrations(sqlite: Database.Database, migrationsFolder: string): number {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).get();
  if (!table) return 0;
  const known = new Set(readMigrationFiles({ migrationsFolder }).map((m) => String(m.folderMillis)));
  const applied = sqlite.prepare<[], { createdAt: number | string }>(`SELECT created_at AS createdAt FROM __drizzle_migrations`).all();
  return applied.filter((m) => !known.has(String(Number(m.createdAt)))).length;
}

export function assertNotNewer(sqlite: Database.Database, file: string, migrationsFolder: string): void {
  const unknown = unknownMigrations(sqlite, migrationsFolder);
  if (unknown > 0) throw new NewerDatabaseError(file, unknown);
}
