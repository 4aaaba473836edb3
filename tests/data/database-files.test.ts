// The database holds personal data: its file, -wal, -shm and the folder created for it are
// owner-only. And a build refuses, in Chinese, a database that a newer build has migrated.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/temp-db';

process.env.OGI_ROOT = PROJECT_ROOT;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const mode = (f: string) => fs.statSync(f).mode & 0o777;

describe('database files', () => {
  it('a new database, its -wal and -shm are 0600 and the folders created for it 0700, whatever the umask', async () => {
    const { openDatabase } = await import('@/db/client');
    const old = process.umask(0o022);
    try {
      const file = path.join(dir, 'new', 'nested', 'ogi.sqlite');
      const db = openDatabase(file);
      db.$client.prepare(`INSERT INTO settings (key, value) VALUES ('x', 'y')`).run();
      expect(mode(path.join(dir, 'new'))).toBe(0o700);
      expect(mode(path.join(dir, 'new', 'nested'))).toBe(0o700);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect([f, mode(f)]).toEqual([f, 0o600]);
      db.$client.close();
    } finally {
      process.umask(old);
    }
  });

  it('an existing database readable by others is made owner-only when opened', async () => {
    const { openDatabase } = await import('@/db/client');
    const file = path.join(dir, 'old.sqlite');
    new Database(file).close();
    fs.chmodSync(file, 0o644);
    openDatabase(file).$client.close();
    expect(mode(file)).toBe(0o600);
  });
});

describe('a database migrated by a newer version', () => {
  it('is refused with a clear message, and left untouched', async () => {
    const { openDatabase } = await import('@/db/client');
    const file = path.join(dir, 'newer.sqlite');
    openDatabase(file).$client.close();
    const raw = new Database(file);
    raw.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-a-later-version', 4102444800000)`).run();
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/^数据库“.*newer\.sqlite”已由较新版本的 OGI Desk 升级（含本程序不认识的 1 项数据库变更），当前程序不能安全使用它。请把程序更新/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
