import fs from 'node:fs';
import type Database from 'better-sqlite3';

// SQLite keeps no queue of writers: one that finds the write lock taken polls for it (its busy
// handler sleeps up to 100 ms between tries). An import that committed a batch and began the next
// at once would so keep the lock from a waiting save until the save's busy timeout ran out; one
// that paused after every batch spent a third of its time asleep with nobody waiting. So while an
// import writes, it keeps a small file beside the database (`<database>-writers-waiting`), and a
// writer that finds the lock taken adds a byte to it before it waits (write-transaction.ts). The
// import pauses between batches only when the file has grown since its last look.

const suffix = '-writers-waiting';

function markerOf(client: Database.Database): string | null {
  return client.memory || !client.name ? null : `${client.name}${suffix}`;
}

/** True while an import (of any process) is writing into this database. */
export function importWriting(client: Database.Database): boolean {
  const marker = markerOf(client);
  return marker !== null && fs.existsSync(marker);
}

/** A writer about to wait for the lock tells the import writing meanwhile (if there still is one). */
export function announceWaiting(client: Database.Database): void {
  const marker = markerOf(client);
  if (!marker) return;
  try {
    // 'r+' never creates it: with no import writing, nobody listens.
    const fd = fs.openSync(marker, 'r+');
    try {
      fs.writeSync(fd, '.', null);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // The import has just finished: nothing to tell.
  }
}

export type WaitingWriters = { someoneWaited: () => boolean; close: () => void };

/** Held by an import while it writes: whether any writer waited for the lock since the last look. */
export function watchWaitingWriters(client: Database.Database): WaitingWriters {
  const marker = markerOf(client);
  if (!marker) return { someoneWaited: () => false, close: () => undefined };
  fs.writeFileSync(marker, '', { mode: 0o600 });
  return {
    someoneWaited: () => {
      try {
        if (fs.statSync(marker).size === 0) return false;
        fs.truncateSync(marker, 0);
        return true;
      } catch {
        fs.writeFileSync(marker, '', { mode: 0o600 }); // removed under it (a second import ended)
        return true;
      }
    },
    close: () => fs.rmSync(marker, { force: true }),
  };
}
