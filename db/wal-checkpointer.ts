import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

// In WAL mode a commit appends its pages to the -wal file, and the connection that commits copies
// them back into the database once the file passes wal_autocheckpoint pages (1,000 by default): a
// large import spent over a second and a half of its writing thread on those copies (and their
// fsyncs), inside its batches. So while an import writes, its own connection does not checkpoint;
// a worker thread with a connection of its own runs a PASSIVE checkpoint after each committed batch
// instead, on the second processor core. PASSIVE never takes a lock another connection needs, so
// saves of other processes go on as before (theirs find the checkpointer busy and skip), and the
// -wal file stays small: the import's next batch starts it over once everything is copied back.
// Nothing acknowledged depends on the copy: a committed batch is in the -wal file either way.

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
parentPort.on('message', (message) => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next batch's turn copies it */ }
  if (message === 'close') { db.close(); parentPort.close(); } else parentPort.postMessage('copied');
});
`;

/**
 * committed: a batch was committed, to be copied back. caughtUp: resolves once every committed batch
 * is (awaited before the next batch begins, so that it starts the -wal file over instead of growing
 * it). close: waits for the last copy and gives the connection its own checkpoints back.
 */
export type WalCheckpointer = { committed: () => void; caughtUp: () => Promise<void>; close: () => Promise<void> };

const NONE: WalCheckpointer = { committed: () => {}, caughtUp: async () => {}, close: async () => {} };

function driverPath(): string | null {
  try {
    // The app's bundles and the command line's both run from the project folder.
    return createRequire(path.join(process.env.OGI_ROOT || process.cwd(), 'package.json')).resolve('better-sqlite3');
  } catch {
    return null;
  }
}

/**
 * Moves `client`'s checkpoints to a worker thread until close(). Without a file in WAL mode, or
 * when no worker can be started, nothing changes and the connection checkpoints as usual.
 */
export function checkpointElsewhere(client: Database.Database): WalCheckpointer {
  const driver = driverPath();
  if (client.memory || !client.name || !driver || client.pragma('journal_mode', { simple: true }) !== 'wal') return NONE;
  const autocheckpoint = client.pragma('wal_autocheckpoint', { simple: true }) as number;
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: client.name } });
  } catch {
    return NONE;
  }
  let alive = true;
  let asked = 0;
  let copied = 0;
  let waiter: (() => void) | null = null;
  const wake = () => {
    if (!waiter || (copied < asked && alive)) return;
    const resolve = waiter;
    waiter = null;
    resolve();
  };
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', () => {
    copied += 1;
    wake();
  });
  // A worker that failed (say, could not open the file) leaves the checkpoints to the connection again.
  worker.once('error', () => {
    alive = false;
    client.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
    wake();
  });
  client.pragma('wal_autocheckpoint = 0');
  return {
    committed: () => {
      if (!alive) return;
      asked += 1;
      worker.postMessage('commit');
    },
    caughtUp: () => (copied >= asked || !alive ? Promise.resolve() : new Promise<void>((resolve) => (waiter = resolve))),
    close: async () => {
      if (alive) worker.postMessage('close');
      await exited;
      client.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
    },
  };
}
