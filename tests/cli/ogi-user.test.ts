// The user commands of the ogi command line: accounts created there must change their password at
// the first sign-in; a lost second factor is reset there when no other administrator can.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/report-db';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-cli-user-'));
const DB = path.join(dir, 'cli.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function ogi(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['scripts/ogi.mjs', ...args, '--db', DB], { cwd: ROOT, input, env: { ...process.env, OGI_ROOT: ROOT, OGI_SEED_DEMO: '0', ...env } });
  return { status: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}
const query = (sql: string, ...params: unknown[]) => {
  const db = new Database(DB, { readonly: true });
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
};
const T = 180_000;

describe('ogi user', () => {
  it('add --role auditor creates an auditor who must change the password at the first sign-in', () => {
    const r = ogi(['user', 'add', '--username', 'shenji', '--role', 'auditor', '--name', '审计员'], 'Audit-Pass-1\n');
    expect(r).toMatchObject({ status: 0, err: '' });
    expect(r.out).toBe('已创建用户 shenji（审计员），首次登录时须修改密码\n');
    expect(query('SELECT role, must_change_password AS m FROM users WHERE username = ?', 'shenji')).toEqual([{ role: 'auditor', m: 1 }]);
  }, T);

  it('add refuses a password that breaks the rules, with the reason', () => {
    const r = ogi(['user', 'add', '--username', 'weak', '--role', 'clerk'], 'password1\n');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^ogi: 密码需包含大写字母、小写字母、数字、符号中的至少 3 类/);
  }, T);

  it('reset-2fa removes a second factor, audited as the command line', () => {
    expect(ogi(['user', 'add', '--username', 'boss', '--role', 'admin'], 'Admin-Pass-1\n').status).toBe(0);
    const db = new Database(DB);
    db.prepare("UPDATE users SET totp_secret = 'v1.sealed', totp_enabled_at = '2026-01-01T00:00:00.000Z' WHERE username = 'boss'").run();
    db.close();
    const r = ogi(['user', 'reset-2fa', '--username', 'boss']);
    expect(r).toMatchObject({ status: 0, err: '' });
    expect(r.out).toBe('已重置 boss 的双因素认证；该用户已在各处退出，下次登录时重新启用\n');
    expect(query('SELECT totp_secret AS s FROM users WHERE username = ?', 'boss')).toEqual([{ s: null }]);
    expect(query("SELECT actor_name AS by, action FROM audit_log WHERE action = 'user.reset_2fa'")).toEqual([{ by: '系统管理员（命令行）', action: 'user.reset_2fa' }]);
  }, T);

  it('reset-2fa names what is wrong: an unknown user, or one without a second factor', () => {
    expect(ogi(['user', 'reset-2fa', '--username', 'ghost'])).toMatchObject({ status: 2, out: '', err: 'ogi: 没有用户名为“ghost”的用户\n' });
    expect(ogi(['user', 'reset-2fa', '--username', 'boss'])).toMatchObject({ status: 2, out: '', err: 'ogi: boss 没有启用双因素认证，无需重置。\n' });
  }, T);

  it('setup lists every active account that still has the published demo password when asked', () => {
    expect(ogi(['user', 'add', '--username', 'careless', '--role', 'clerk'], 'Demo-2024\n').status).toBe(0);
    const r = ogi(['setup', '--check-all', 'yes']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ logins: [], published: [{ username: 'careless', displayName: 'careless' }] });
    expect(JSON.parse(ogi(['setup']).out)).toMatchObject({ published: [] });
  }, T);
});
