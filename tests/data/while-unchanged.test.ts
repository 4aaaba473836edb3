import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDatabase } from '../support/temp-db';

// A value kept while the database is unchanged is handed out again, and worked out anew after any
// write: through the same connection, or committed by another one (an import, the CLI).

const tempDb = createTempDatabase('while-unchanged');
let whileUnchanged: typeof import('@/lib/data/while-unchanged').whileUnchanged;
let db: import('@/db/client').Db;

const settingsCount = () => (db.$client.prepare('SELECT count(*) FROM settings').pluck().get() as number);

beforeAll(async () => {
  ({ whileUnchanged } = await import('@/lib/data/while-unchanged'));
  db = (await import('@/db/client')).getDb();
});
afterAll(() => tempDb.remove());

describe('whileUnchanged', () => {
  it('hands out the kept value while nothing is written, by key', () => {
    let computed = 0;
    const read = (key: string) => whileUnchanged(db, key, () => ++computed);
    expect(read('a')).toBe(1);
    expect(read('a')).toBe(1);
    expect(read('b')).toBe(2);
    expect(read('a')).toBe(1);
    expect(computed).toBe(2);
  });

  it('works the value out again after a write through the same connection', () => {
    const before = whileUnchanged(db, 'count', settingsCount);
    expect(whileUnchanged(db, 'count', () => -1)).toBe(before);
    db.$client.prepare("INSERT INTO settings (key, value) VALUES ('testKey', 'x')").run();
    expect(whileUnchanged(db, 'count', settingsCount)).toBe(before + 1);
  });

  it('works the value out again after a commit by another connection', () => {
    const before = whileUnchanged(db, 'count2', settingsCount);
    const other = new Database(tempDb.file);
    try {
      other.prepare("INSERT INTO settings (key, value) VALUES ('otherKey', 'y')").run();
    } finally {
      other.close();
    }
    expect(whileUnchanged(db, 'count2', settingsCount)).toBe(before + 1);
  });

  it('keeps nothing read while another connection committed', () => {
    const other = new Database(tempDb.file);
    try {
      const torn = whileUnchanged(db, 'torn', () => {
        const first = settingsCount();
        other.prepare("INSERT INTO settings (key, value) VALUES ('tornKey', 'z')").run();
        return first;
      });
      expect(whileUnchanged(db, 'torn', settingsCount)).toBe(torn + 1);
    } finally {
      other.close();
    }
  });

  it('keeps nothing from a computation that failed', () => {
    expect(() => whileUnchanged(db, 'fails', () => { throw new Error('boom'); })).toThrow('boom');
    expect(whileUnchanged(db, 'fails', () => 'ok')).toBe('ok');
  });
});
