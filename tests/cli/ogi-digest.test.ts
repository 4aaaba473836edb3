// `ogi digest`: the morning to-do mail from the command line (cron), against an SMTP server on the
// loopback interface started by this test.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/report-db';
import { startLoopbackSmtp, type LoopbackSmtp } from '../support/smtp-server';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-cli-digest-'));
const DB = path.join(dir, 'cli.sqlite');
const T = 180_000;
let smtp: LoopbackSmtp;

/** Runs ogi without blocking this process, which serves the SMTP side meanwhile. */
function ogi(args: string[], env: Record<string, string | undefined> = {}): Promise<{ status: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/ogi.mjs', ...args, '--db', DB], { cwd: ROOT, env: { ...process.env, OGI_ROOT: ROOT, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.on('close', (status) => resolve({ status, out, err }));
  });
}

beforeAll(async () => {
  smtp = await startLoopbackSmtp();
  // The demo agency: its clerk has overdue cases.
  expect(spawnSync(process.execPath, ['scripts/ogi.mjs', 'setup', '--db', DB], { cwd: ROOT, env: { ...process.env, OGI_ROOT: ROOT, OGI_SEED_DEMO: '1' } }).status).toBe(0);
  const db = new Database(DB);
  db.prepare("UPDATE users SET email = 'wangfang@example.gov.cn', digest = 1 WHERE username = 'clerk'").run();
  db.close();
}, T);

afterAll(async () => {
  await smtp.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ogi digest', () => {
  it('refuses to run without SMTP_URL, saying what to set', async () => {
    const r = await ogi(['digest'], { SMTP_URL: '' });
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^ogi: 未配置邮件服务器：请设置环境变量 SMTP_URL/);
  }, T);

  it('--force mails the to-do list to each user who asked for it', async () => {
    const r = await ogi(['digest', '--force'], { SMTP_URL: smtp.url });
    expect(r).toMatchObject({ status: 0, err: '' });
    expect(r.out).toMatch(/^\d{4}-\d\d-\d\d 已发送待办提醒 1 封；0 人没有待办，未发送。\n$/);
    expect(smtp.received.map((m) => m.to)).toEqual([['wangfang@example.gov.cn']]);
  }, T);
});
