import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Playwright reads this file again in every worker: choose the port and the fresh database once,
// in the main process, and hand them down through the environment.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(process.execPath, ['-e', "const s=require('net').createServer().listen(0,()=>{console.log(s.address().port);s.close()})"]).toString().trim();
  process.env.E2E_DATABASE_PATH = path.join(mkdtempSync(path.join(os.tmpdir(), 'ogi-e2e-')), 'e2e.sqlite');
}
const port = Number(process.env.E2E_PORT);
export const BASE_URL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
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
  projects: [
    { name: 'sign-in', testMatch: /sign-in\.setup\.ts$/ },
    { name: 'e2e', testIgnore: /sign-in\.setup\.ts$/, dependencies: ['sign-in'] },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${BASE_URL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATABASE_PATH: process.env.E2E_DATABASE_PATH!,
      AUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789',
      OGI_SEED_DEMO: '1',
      // As deployed behind the agency's HTTPS reverse proxy: its X-Forwarded-Proto is believed.
      TRUST_PROXY: '1',
    },
  },
});
