// A second connection, in another process, that holds the database's write lock: what the command
// line or a second server does while it writes. The child opens the file, takes the write lock
// (BEGIN IMMEDIATE) and reports it; it commits when told on standard input, or by itself after
// `releaseAfterMs` (needed when the test's own thread is blocked waiting for the lock).
import { spawn, type ChildProcess } from 'node:child_process';
import { PROJECT_ROOT } from './temp-db';

const CHILD = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.exec('BEGIN IMMEDIATE');
db.prepare("INSERT INTO settings (key, value) VALUES ('lockHolder', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(process.pid));
const release = () => { db.exec('COMMIT'); db.close(); process.exit(0); };
process.stdin.on('data', release);
process.stdin.on('end', release);
const after = Number(process.argv[2]);
if (after > 0) setTimeout(release, after);
process.stdout.write('locked\\n');
`;

export type LockHolder = { release: () => Promise<void>; exited: Promise<void> };

export function holdWriteLock(file: string, releaseAfterMs = 0): Promise<LockHolder> {
  const child: ChildProcess = spawn(process.execPath, ['-e', CHILD, file, String(releaseAfterMs)], { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('locked')) return;
      resolve({
        exited,
        release: async () => {
          child.stdin!.end('commit\n');
          await exited;
        },
      });
    });
  });
}
