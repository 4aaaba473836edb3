// The report page over HTTP, as a supervisor's browser fetches it: the production server
// (bench/http-server.ts) against the benchmark database, signed in through Auth.js's credentials
// endpoint. Optional: skipped when there is no build.
import type Database from 'better-sqlite3';
import { hashPassword } from '@/lib/auth/password';
import { hasBuild, signIn, startServer } from './http-server';

const USER = 'bench-supervisor';
const PASSWORD = 'Bench-2024-report';

/** Milliseconds per GET of /reports/<year> (fresh render each time), or null without a build. */
export async function timeReportPage(client: Database.Database, dbFile: string, year: number, runs: number, median: (xs: number[]) => number): Promise<number | null> {
  const root = process.env.OGI_ROOT ?? process.cwd();
  if (!hasBuild(root)) return null;
  const now = new Date().toISOString();
  client
    .prepare(`INSERT OR IGNORE INTO users (username, display_name, role, password_hash, active, created_at, updated_at) VALUES (?, '基准负责人', 'supervisor', ?, 1, ?, ?)`)
    .run(USER, await hashPassword(PASSWORD), now, now);
  client.pragma('wal_checkpoint(TRUNCATE)');
  const server = await startServer(root, dbFile);
  try {
    const cookie = await signIn(server.base, USER, PASSWORD);
    const get = async () => {
      const started = performance.now();
      const response = await fetch(`${server.base}/reports/${year}`, { headers: { cookie } });
      const html = await response.text();
      if (response.status !== 200 || !html.includes(`t3-new-total`)) throw new Error(`report page answered ${response.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 3; i++) await get();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await get());
    return median(times);
  } finally {
    await server.stop();
  }
}
