import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Playwright reads this file again in every worker: choose the port and the fresh database once,
// in the main process, and hand them down through the environment.
// The access matrix has a server and a database of its own: it checks that refused requests change
// nothing in the whole database, which the other tests' writes would blur.
if (!process.env.E2E_PORT) {
  const ports = execFileSync(process.execPath, ['-e', "const n=require('net');const a=n.createServer().listen(0,()=>{const b=n.createServer().listen(0,()=>{console.log(a.address().port+' '+b.address().port);a.close();b.close()})})"]).toString().trim().split(' ');
  process.env.E2E_PORT = ports[0];
  process.env.MATRIX_PORT = ports[1];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ogi-e2e-'));
  process.env.E2E_DATABASE_PATH = path.join(dir, 'e2e.sqlite');
  process.env.MATRIX_DATABASE_PATH = path.join(dir, 'matrix', 'matrix.sqlite');
}
const port = Number(process.env.E2E_PORT);
export const BASE_URL = `http://127.0.0.1:${port}`;
export const MATRIX_URL = `http://127.0.0.1:${process.env.MATRIX_PORT}`;
// `npm run fault` runs the matrix alone (OGI_MATRIX_ONLY=1 --project=access-matrix): no second server.
const matrixOnly = process.env.OGI_MATRIX_ONLY === '1';

function server(url: string, env: Record<string, string>) {
  return {
    command: 'node scripts/e2e-server.mjs',
    url: `${url}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      AUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789',
      OGI_SEED_DEMO: '1',
      // As deployed behind the agency's HTTPS reverse proxy: its X-Forwarded-Proto is believed.
      TRUST_PROXY: '1',
      ...env,
    },
  };
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // Two on two cores. Three measured 426 s against two's 463 s, but under heavier outside load, and
  // a third worker under a load of 28 pushed the longest tests to their timeouts.
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // A failed test keeps its trace (actions and DOM snapshots); the screencast is left out, which
    // spares a sixth of the suite's CPU time.
    trace: { mode: 'retain-on-failure', screenshots: false },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  // Each demo user signs in through the form once (sign-in.setup.ts); the tests reuse those sessions.
  // The matrix comes first: its tests run one after another in one worker, which, left last, kept
  // the other worker idle until they were done.
  projects: [
    // Every page, route handler and server action as every role and signed-out visitor (access-matrix.ts).
    { name: 'matrix-setup', testMatch: /access-matrix\.setup\.ts$/, use: { baseURL: MATRIX_URL } },
    { name: 'access-matrix', testMatch: /access-matrix\.spec\.ts$/, dependencies: ['matrix-setup'], use: { baseURL: MATRIX_URL } },
    { name: 'sign-in', testMatch: /sign-in\.setup\.ts$/ },
    { name: 'e2e', testIgnore: [/sign-in\.setup\.ts$/, /access-matrix\.(setup|spec)\.ts$/], dependencies: ['sign-in'] },
  ],
  webServer: [
    ...(matrixOnly ? [] : [server(BASE_URL, { PORT: String(port), DATABASE_PATH: process.env.E2E_DATABASE_PATH! })]),
    server(MATRIX_URL, { PORT: process.env.MATRIX_PORT!, DATABASE_PATH: process.env.MATRIX_DATABASE_PATH! }),
  ],
});
