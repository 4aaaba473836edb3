// While an import writes, a writer of another connection that finds the lock taken says so, so
// that the import pauses for it after its batch, and an import nobody waits for does not pause.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { DatabaseBusyError } from '@/lib/domain/errors';
import { watchWaitingWriters } from '@/db/waiting-writers';
import { writeTransaction } from '@/db/write-transaction';
import { createTempDatabase } from '../support/temp-db';

const temp = createTempDatabase('waiting-writers');
let db: Db;
let importer: Database.Database;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  importer = new Database(temp.file); // the import, as `ogi import` would hold it
});
afterAll(async () => {
  importer.close();
  await temp.remove();
});

const probe = () => {
  db.$client.prepare(`INSERT INTO settings (key, value) VALUES ('probe', '1') ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run();
};

describe('writers waiting for an import', () => {
  it('a writer that finds the lock taken tells the import, then waits as usual', () => {
    const waiting = watchWaitingWriters(importer);
    try {
      expect(waiting.someoneWaited()).toBe(false);
      writeTransaction(db, probe); // the lock is free: written at once, nothing said
      expect(waiting.someoneWaited()).toBe(false);

      importer.exec('BEGIN IMMEDIATE'); // a batch holds the lock
      db.$client.pragma('busy_timeout = 50');
      try {
        expect(() => writeTransaction(db, probe)).toThrow(DatabaseBusyError);
        // It waited with its own busy timeout, which is as it was.
        expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(50);
      } finally {
        importer.exec('COMMIT');
        db.$client.pragma('busy_timeout = 5000');
      }
      expect(waiting.someoneWaited()).toBe(true);
      expect(waiting.someoneWaited()).toBe(false); // told once per wait
      writeTransaction(db, probe);
      expect(db.$client.prepare(`SELECT value FROM settings WHERE key = 'probe'`).pluck().get()).toBe('1');
    } finally {
      waiting.close();
    }
  });

  it('with no import writing, a writer that finds the lock taken leaves nothing behind', () => {
    importer.exec('BEGIN IMMEDIATE');
    db.$client.pragma('busy_timeout = 50');
    try {
      expect(() => writeTransaction(db, probe)).toThrow(DatabaseBusyError);
    } finally {
      importer.exec('COMMIT');
      db.$client.pragma('busy_timeout = 5000');
    }
    const waiting = watchWaitingWriters(importer);
    expect(waiting.someoneWaited()).toBe(false);
    waiting.close();
  });
});
