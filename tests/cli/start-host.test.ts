// `npm start` beyond this machine: refused while any account still has the published demo
// password, naming the accounts (and before anything is built or served).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/report-db';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-start-host-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm start with HOST set to another interface', () => {
  it('refuses to start a demo instance and names the accounts with the published password', () => {
    const r = spawnSync(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      env: { ...process.env, HOST: '0.0.0.0', PORT: '1', DATABASE_PATH: path.join(dir, 'demo.sqlite'), AUTH_SECRET: 'start-host-test-secret-0123456789', OGI_SEED_DEMO: '1' },
      timeout: 170_000,
    });
    const err = r.stderr.toString('utf8');
    expect(r.status).toBe(1);
    expect(err).toContain('[ogi] 拒绝在 0.0.0.0 上启动：以下账号仍在使用公开的演示密码');
    for (const name of ['clerk（王芳）', 'clerk2（陈静）', 'supervisor（李强）', 'admin（张伟）', 'auditor（赵敏）']) expect(err).toContain(name);
    expect(err).not.toContain('正在构建');
    expect(r.stdout.toString('utf8')).not.toContain('已启动');
  }, 180_000);
});
