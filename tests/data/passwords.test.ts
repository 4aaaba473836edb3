import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/domain/errors';
import { CLI_ADMIN, actorOf, createTempDatabase } from '../support/temp-db';

const tempDb = createTempDatabase('passwords');

let s: typeof import('@/lib/data/sign-in');
let sessions: typeof import('@/lib/data/sessions');
let p: typeof import('@/lib/data/passwords');
let u: typeof import('@/lib/data/users');
let settings: typeof import('@/lib/data/security-settings');
let client: import('better-sqlite3').Database;

beforeAll(async () => {
  s = await import('@/lib/data/sign-in');
  sessions = await import('@/lib/data/sessions');
  p = await import('@/lib/data/passwords');
  u = await import('@/lib/data/users');
  settings = await import('@/lib/data/security-settings');
  client = (await import('@/db/client')).getDb().$client;
});
afterAll(() => tempDb.remove());

async function newcomer(username: string) {
  const user = await u.createUser(CLI_ADMIN, { username, displayName: username, role: 'clerk', password: 'Temp-Pass-1' });
  const signIn = await s.signInWithPassword(username, 'Temp-Pass-1', new Date(), '10.0.0.4');
  if (!signIn.ok) throw new Error('sign-in failed');
  return { actor: actorOf(user), sid: signIn.sessionId };
}

const change = (who: { actor: Parameters<typeof p.changeOwnPassword>[0]; sid: string }, currentPassword: string, newPassword: string) =>
  p.changeOwnPassword(who.actor, who.sid, { currentPassword, newPassword }, '10.0.0.4');

async function refusal(promise: Promise<unknown>): Promise<Record<string, string[] | undefined>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('a password someone else set', () => {
  it('must be changed by its owner at the next sign-in, and the change ends that duty', async () => {
    const who = await newcomer('first.timer');
    expect(client.prepare('SELECT must_change_password AS m FROM users WHERE id = ?').get(who.actor.id)).toEqual({ m: 1 });
    expect(sessions.resolveSession(who.sid)).toMatchObject({ pending: 'change_password' });
    await change(who, 'Temp-Pass-1', 'My-Own-Pass-1');
    expect(sessions.resolveSession(who.sid)).toMatchObject({ status: 'active', pending: null });
    expect(await s.signInWithPassword('first.timer', 'My-Own-Pass-1', new Date(), '10.0.0.4')).toMatchObject({ ok: true });
  });
});

describe('changeOwnPassword', () => {
  it('needs the right current password; a wrong one counts towards the lock and is audited', async () => {
    const who = await newcomer('forgetful');
    expect(await refusal(change(who, 'not-it', 'My-Own-Pass-1'))).toEqual({ currentPassword: ['当前密码不正确，请重新输入。'] });
    expect(client.prepare(`SELECT action FROM audit_log WHERE entity_id = ? ORDER BY id DESC LIMIT 1`).get(String(who.actor.id))).toEqual({ action: 'auth.password_change_failed' });
    for (let i = 0; i < 4; i++) await refusal(change(who, 'not-it', 'My-Own-Pass-1'));
    expect((await refusal(change(who, 'Temp-Pass-1', 'My-Own-Pass-1'))).currentPassword?.[0]).toContain('已暂停登录 15 分钟');
    expect(await s.signInWithPassword('forgetful', 'Temp-Pass-1', new Date(), '10.0.0.4')).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('applies the administrator\'s rules to the new password', async () => {
    const who = await newcomer('rule.follower');
    expect(await refusal(change(who, 'Temp-Pass-1', 'short'))).toEqual({ newPassword: ['密码至少需要 8 个字符。'] });
    expect((await refusal(change(who, 'Temp-Pass-1', 'alllowercase'))).newPassword?.[0]).toContain('至少 3 类');
    expect(await refusal(change(who, 'Temp-Pass-1', 'Temp-Pass-1'))).toEqual({ newPassword: ['新密码不能与当前密码相同。'] });
  });

  it('refuses any of the last five passwords, and accepts the sixth-last', async () => {
    const who = await newcomer('rotator');
    const passwords = ['Temp-Pass-1', 'Rotate-1x', 'Rotate-2x', 'Rotate-3x', 'Rotate-4x', 'Rotate-5x'];
    for (let i = 1; i < passwords.length; i++) await change(who, passwords[i - 1], passwords[i]);
    // History (newest first): 5x 4x 3x 2x 1x | Temp-Pass-1.
    for (const old of passwords.slice(1, 5)) {
      expect(await refusal(change(who, 'Rotate-5x', old)), old).toEqual({ newPassword: ['新密码不能与最近 5 次使用过的密码相同，请换一个。'] });
    }
    await change(who, 'Rotate-5x', 'Temp-Pass-1');
  });

  it('follows a changed reuse setting', async () => {
    const who = await newcomer('loose.rotator');
    settings.updateSecuritySettings(CLI_ADMIN, { ...settings.flatSecuritySettings(settings.readSecuritySettings()), historyCount: 0 });
    await change(who, 'Temp-Pass-1', 'Loose-1x');
    await change(who, 'Loose-1x', 'Temp-Pass-1');
    settings.updateSecuritySettings(CLI_ADMIN, { ...settings.flatSecuritySettings(settings.readSecuritySettings()), historyCount: 5 });
  });

  it('keeps this session and ends the user\'s other sessions, and audits the change without the password', async () => {
    const who = await newcomer('two.browsers');
    const other = await s.signInWithPassword('two.browsers', 'Temp-Pass-1', new Date(), '10.0.0.5');
    if (!other.ok) throw new Error('sign-in failed');
    await change(who, 'Temp-Pass-1', 'Only-Mine-1');
    expect(sessions.resolveSession(who.sid)).toMatchObject({ status: 'active' });
    expect(sessions.resolveSession(other.sessionId)).toEqual({ status: 'revoked' });
    const audit = client.prepare(`SELECT action, note, client_address AS a, changes FROM audit_log WHERE entity_id = ? AND action = 'auth.password_changed'`).all(String(who.actor.id));
    expect(audit).toEqual([{ action: 'auth.password_changed', note: '首次登录或重置后修改', a: '10.0.0.4', changes: '{}' }]);
    expect(JSON.stringify(audit)).not.toMatch(/Only-Mine|argon2/);
  });
});

describe('the password history', () => {
  it('keeps at most 24 hashes per account', async () => {
    const who = await newcomer('long.history');
    const db = (await import('@/db/client')).getDb();
    for (let i = 0; i < 30; i++) db.transaction((tx) => p.storePassword(tx, who.actor.id!, `hash-${i}`, new Date(), false));
    const kept = client.prepare('SELECT password_hash AS h FROM password_history WHERE user_id = ? ORDER BY id').all(who.actor.id) as { h: string }[];
    expect(kept).toHaveLength(24);
    expect(kept.at(-1)).toEqual({ h: 'hash-29' });
    expect(kept[0]).toEqual({ h: 'hash-6' });
  });
});
