import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { ForbiddenError, ValidationError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/roles';
import { CLI_ADMIN, actorOf, caught, createTempDatabase } from '../support/temp-db';

const tempDb = createTempDatabase('two-factor');
process.env.AUTH_SECRET = 'two-factor-test-secret-0123456789abcdef';

let s: typeof import('@/lib/data/sign-in');
let sessions: typeof import('@/lib/data/sessions');
let t: typeof import('@/lib/data/two-factor');
let u: typeof import('@/lib/data/users');
let client: import('better-sqlite3').Database;

beforeAll(async () => {
  s = await import('@/lib/data/sign-in');
  sessions = await import('@/lib/data/sessions');
  t = await import('@/lib/data/two-factor');
  u = await import('@/lib/data/users');
  client = (await import('@/db/client')).getDb().$client;
});
afterAll(() => tempDb.remove());

const T0 = new Date('2026-03-02T01:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
/** The code an authenticator app with this key shows at a moment: computed independently of the product. */
const codeAt = (secret: string, when: Date) => new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: when.getTime() });

/** An administrator with their own password, signed in, who has not enrolled yet. */
async function adminSignedIn(username: string, when = at(0)) {
  const actor = actorOf(await u.createUser(CLI_ADMIN, { username, displayName: username, role: 'admin', password: 'Admin-Pass-1' }));
  client.prepare('UPDATE users SET must_change_password = 0, password_changed_at = ? WHERE id = ?').run(when.toISOString(), actor.id);
  return { actor, sid: await signIn(username, when) };
}

async function signIn(username: string, when: Date, password = 'Admin-Pass-1') {
  const r = await s.signInWithPassword(username, password, when, '10.0.0.2');
  if (!r.ok) throw new Error(`sign-in failed: ${r.reason}`);
  return r.sessionId;
}

async function enrolled(username: string) {
  const who = await adminSignedIn(username);
  const e = await t.beginEnrolment(who.actor);
  const codes = t.confirmEnrolment(who.actor, who.sid, e.sealed, codeAt(e.secret, at(0)), '10.0.0.2', at(0));
  return { ...who, secret: e.secret, codes };
}

const fieldErrors = (fn: () => unknown) => (caught(fn) as ValidationError).fieldErrors;

describe('an administrator without a second factor', () => {
  it('is taken to enrolment after the password, and may do nothing else meanwhile', async () => {
    const { sid } = await adminSignedIn('new.admin');
    expect(sessions.resolveSession(sid, at(1))).toMatchObject({ status: 'active', pending: 'enrol_second_factor' });
  });
});

describe('enrolment', () => {
  it('shows a QR code of an otpauth link and the key as text', async () => {
    const { actor } = await adminSignedIn('qr.admin');
    const e = await t.beginEnrolment(actor);
    expect(e.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(e.qrSvg).toMatch(/^<svg[^>]*>.*<\/svg>\s*$/s);
    expect(e.sealed).not.toContain(e.secret);
  });

  it('needs a right code from the app, and then gives ten recovery codes kept only as hashes', async () => {
    const { actor, sid } = await adminSignedIn('enrol.admin');
    const e = await t.beginEnrolment(actor);
    expect(fieldErrors(() => t.confirmEnrolment(actor, sid, e.sealed, '000000', '10.0.0.2', at(0))).code?.[0]).toContain('验证码不正确');
    const codes = t.confirmEnrolment(actor, sid, e.sealed, codeAt(e.secret, at(0)), '10.0.0.2', at(0));
    expect(codes).toHaveLength(10);
    for (const c of codes) expect(c).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    const stored = client.prepare('SELECT code_hash AS h FROM recovery_codes WHERE user_id = ?').all(actor.id) as { h: string }[];
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(codes[0].replace('-', ''));
    const user = client.prepare('SELECT totp_secret AS s FROM users WHERE id = ?').get(actor.id) as { s: string };
    expect(user.s).toMatch(/^v1\./);
    expect(user.s).not.toContain(e.secret);
    // The enrolling session has given the second factor; nothing more is owed.
    expect(sessions.resolveSession(sid, at(1))).toMatchObject({ pending: null });
    expect(client.prepare(`SELECT action FROM audit_log WHERE entity_id = ? AND action LIKE 'auth.totp%'`).all(String(actor.id))).toEqual([{ action: 'auth.totp_enrolled' }]);
  });

  it('refuses a key sealed for another user', async () => {
    const a = await adminSignedIn('victim.admin');
    const b = await adminSignedIn('other.admin');
    const e = await t.beginEnrolment(a.actor);
    expect(fieldErrors(() => t.confirmEnrolment(b.actor, b.sid, e.sealed, codeAt(e.secret, at(0)), '10.0.0.2', at(0))).code?.[0]).toContain('二维码已失效');
  });
});

describe('signing in with a second factor', () => {
  it('asks for the code after the password, accepts it once, and never the same code again', async () => {
    const { actor, secret } = await enrolled('daily.admin');
    const sid = await signIn('daily.admin', at(60));
    expect(sessions.resolveSession(sid, at(61))).toMatchObject({ pending: 'second_factor' });
    t.verifySecondFactor(actor, sid, codeAt(secret, at(61)), '10.0.0.2', at(61));
    expect(sessions.resolveSession(sid, at(62))).toMatchObject({ pending: null });
    const again = await signIn('daily.admin', at(65));
    expect(fieldErrors(() => t.verifySecondFactor(actor, again, codeAt(secret, at(61)), '10.0.0.2', at(65))).code?.[0]).toContain('验证码不正确或已使用过');
    // A code of the next period (clock drift) is accepted.
    t.verifySecondFactor(actor, again, codeAt(secret, at(95)), '10.0.0.2', at(66));
    expect(client.prepare(`SELECT action, client_address AS a FROM audit_log WHERE entity_id = ? AND action LIKE 'auth.totp%' ORDER BY id`).all(String(actor.id))).toEqual([
      { action: 'auth.totp_enrolled', a: '10.0.0.2' },
      { action: 'auth.totp_passed', a: '10.0.0.2' },
      { action: 'auth.totp_failed', a: '10.0.0.2' },
      { action: 'auth.totp_passed', a: '10.0.0.2' },
    ]);
  });

  it('takes each recovery code once', async () => {
    const { actor, codes } = await enrolled('lost.phone');
    const sid = await signIn('lost.phone', at(60));
    t.verifySecondFactor(actor, sid, codes[3].toLowerCase(), '10.0.0.2', at(61));
    expect(sessions.resolveSession(sid, at(62))).toMatchObject({ pending: null });
    const again = await signIn('lost.phone', at(70));
    expect(() => t.verifySecondFactor(actor, again, codes[3], '10.0.0.2', at(71))).toThrow(ValidationError);
    expect(t.remainingRecoveryCodes(actor)).toBe(9);
  });

  it('locks the account after five wrong codes, like five wrong passwords', async () => {
    const { actor, secret } = await enrolled('guessed.admin');
    const sid = await signIn('guessed.admin', at(60));
    for (let i = 0; i < 4; i++) expect(fieldErrors(() => t.verifySecondFactor(actor, sid, '123456', '10.0.0.2', at(61 + i))).code?.[0]).toContain('验证码不正确');
    expect(fieldErrors(() => t.verifySecondFactor(actor, sid, '123456', '10.0.0.2', at(65))).code?.[0]).toContain('已暂停登录 15 分钟');
    expect(fieldErrors(() => t.verifySecondFactor(actor, sid, codeAt(secret, at(66)), '10.0.0.2', at(66))).code?.[0]).toContain('已暂停登录');
  });
});

describe('resetting a lost second factor', () => {
  it('is done by another administrator: the key and codes go, the user is signed out and enrols again', async () => {
    const lost = await enrolled('reset.me');
    const other: Actor = (await enrolled('resetter')).actor;
    t.resetSecondFactor(other, lost.actor.id!, at(100));
    expect(client.prepare('SELECT totp_secret AS s FROM users WHERE id = ?').get(lost.actor.id)).toEqual({ s: null });
    expect(client.prepare('SELECT count(*) AS n FROM recovery_codes WHERE user_id = ?').get(lost.actor.id)).toEqual({ n: 0 });
    expect(sessions.resolveSession(lost.sid, at(101))).toEqual({ status: 'revoked' });
    const sid = await signIn('reset.me', at(102));
    expect(sessions.resolveSession(sid, at(103))).toMatchObject({ pending: 'enrol_second_factor' });
    expect(client.prepare(`SELECT actor_id AS by, action, note FROM audit_log WHERE entity_id = ? AND action = 'user.reset_2fa'`).all(String(lost.actor.id))).toEqual([
      { by: other.id, action: 'user.reset_2fa', note: '重置了 reset.me 的双因素认证' },
    ]);
  });

  it('is refused to oneself and to non-administrators; the command line may', async () => {
    const self = await enrolled('self.reset');
    expect(fieldErrors(() => t.resetSecondFactor(self.actor, self.actor.id!)).twoFactor?.[0]).toContain('不能重置自己的双因素认证');
    const clerk = actorOf(await u.createUser(CLI_ADMIN, { username: 'clerk.x', displayName: 'x', role: 'clerk', password: 'Clerk-Pass-1' }));
    expect(() => t.resetSecondFactor(clerk, self.actor.id!)).toThrow(ForbiddenError);
    t.resetSecondFactor(CLI_ADMIN, self.actor.id!);
    expect(client.prepare(`SELECT actor_name AS n FROM audit_log WHERE entity_id = ? AND action = 'user.reset_2fa'`).get(String(self.actor.id))).toEqual({ n: '系统管理员（命令行）' });
  });
});

describe('a user whose role does not require it', () => {
  it('may enrol, and turn it off again with their password; an administrator may not', async () => {
    const clerk = actorOf(await u.createUser(CLI_ADMIN, { username: 'careful.clerk', displayName: '谨慎', role: 'clerk', password: 'Clerk-Pass-1' }));
    client.prepare('UPDATE users SET must_change_password = 0 WHERE id = ?').run(clerk.id);
    const sid = await signIn('careful.clerk', at(0), 'Clerk-Pass-1');
    expect(sessions.resolveSession(sid, at(1))).toMatchObject({ pending: null });
    const e = await t.beginEnrolment(clerk);
    t.confirmEnrolment(clerk, sid, e.sealed, codeAt(e.secret, at(2)), '10.0.0.2', at(2));
    expect(sessions.resolveSession(await signIn('careful.clerk', at(60), 'Clerk-Pass-1'), at(61))).toMatchObject({ pending: 'second_factor' });
    await expect(t.disableOwnSecondFactor(clerk, 'wrong', '10.0.0.2')).rejects.toBeInstanceOf(ValidationError);
    await t.disableOwnSecondFactor(clerk, 'Clerk-Pass-1', '10.0.0.2');
    expect(t.hasSecondFactor(clerk.id!)).toBe(false);
    const admin = await enrolled('keeps.it');
    await expect(t.disableOwnSecondFactor(admin.actor, 'Admin-Pass-1', '10.0.0.2')).rejects.toBeInstanceOf(ForbiddenError);
  });
});
