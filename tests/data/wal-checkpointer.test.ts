import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/temp-db';
import { checkpointElsewhere } from '@/db/wal-checkpointer';

// While a large import writes, its connection's checkpoints run on a worker thread instead
// (db/wal-checkpointer.ts): the -wal file must still be copied back and started over, and the
// connection must get its own setting back.

let dir: string;
let client: Database.Database;

beforeEach(() => {
  process.env.OGI_ROOT = PROJECT_ROOT;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-checkpointer-'));
  client = new Database(path.join(dir, 'test.sqlite'));
  client.pragma('journal_mode = WAL');
  client.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');
});

afterEach(() => {
  client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const walBytes = () => fs.statSync(`${client.name}-wal`).size;
const writeBatch = () => client.transaction(() => {
  const insert = client.prepare('INSERT INTO t (body) VALUES (?)');
  for (let i = 0; i < 2000; i += 1) insert.run('x'.repeat(500));
})();

describe('checkpointElsewhere', () => {
  it('copies each committed batch back on a worker, so the -wal file starts over instead of growing, and gives the setting back', async () => {
    const checkpoints = checkpointElsewhere(client);
    expect(client.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    writeBatch();
    checkpoints.committed();
    await checkpoints.caughtUp();
    const afterOne = walBytes();
    for (let batch = 0; batch < 5; batch += 1) {
      writeBatch();
      checkpoints.committed();
      await checkpoints.caughtUp();
    }
    // Five more batches, each about as large as the first: started over each time, not appended.
    expect(walBytes()).toBeLessThan(afterOne * 2);
    await checkpoints.close();
    expect(client.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    // Everything is in the database file itself: a fresh checkpoint has nothing left to copy.
    const [state] = client.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
    expect(state.checkpointed).toBe(state.log);
    expect(client.prepare('SELECT count(*) FROM t').pluck().get()).toBe(12_000);
  });

  it('leaves a connection that is not in WAL mode as it is', async () => {
    const memory = new Database(':memory:');
    const checkpoints = checkpointElsewhere(memory);
    expect(memory.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await checkpoints.close();
    memory.close();
  });
});
