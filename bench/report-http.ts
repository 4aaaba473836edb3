// The report page over HTTP, as a supervisor's browser fetches it: `next start` on the production
// build (.next) against the benchmark database, signed in through Auth.js's credentials endpoint.
// Optional: skipped when there is no build.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { hashPassword } from '@/lib/auth/password';

const USER = 'bench-supervisor';
const PASSWORD = 'Bench-2024-report';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer ${url}`);
}

function cookiesOf(response: Response, jar: Map<string, string>): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const i = pair.indexOf('=');
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

async function signIn(base: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, username: USER, password: PASSWORD, callbackUrl: `${base}/` }),
  });
  cookiesOf(response, jar);
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error('sign-in failed');
  return cookieHeader(jar);
}

/** Milliseconds per GET of /reports/<year> (fresh render each time), or null without a build. */
export async function timeReportPage(client: Database.Database, dbFile: string, year: number, runs: number, median: (xs: number[]) => number): Promise<number | null> {
  const root = process.env.OGI_ROOT ?? process.cwd();
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return null;
  const now = new Date().toISOString();
  client
    .prepare(`INSERT OR IGNORE INTO users (username, display_name, role, password_hash, active, created_at, updated_at) VALUES (?, '基准负责人', 'supervisor', ?, 1, ?, ?)`)
    .run(USER, await hashPassword(PASSWORD), now, now);
  client.pragma('wal_checkpoint(TRUNCATE)');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: dbFile, OGI_ROOT: root, AUTH_SECRET: 'bench-only-secret-0123456789abcdef', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  try {
    await waitFor(`${base}/login`, Date.now() + 60_000);
    const cookie = await signIn(base);
    const get = async () => {
      const started = performance.now();
      const response = await fetch(`${base}/reports/${year}`, { headers: { cookie } });
      const html = await response.text();
      if (response.status !== 200 || !html.includes(`t3-new-total`)) throw new Error(`report page answered ${response.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 3; i++) await get();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await get());
    return median(times);
  } finally {
    server.kill('SIGTERM');
  }
}
