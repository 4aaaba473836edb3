import { afterEach, afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI_ADMIN, countRows, createTempDatabase } from '../support/temp-db';

const tempDb = createTempDatabase('sign-in');

let s: typeof import('@/lib/data/sign-in');
let u: typeof import('@/lib/data/users');
let client: import('better-sqlite3').Database;
const ids: Record<string, number> = {};
const PASSWORD = 'Passw0rd1';
const HERE = '127.0.0.1';

beforeAll(async () => {
  s = await import('@/lib/data/sign-in');
  u = await import('@/lib/data/users');
  client = (await import('@/db/client')).getDb().$client;
  for (const name of ['wang', 'li', 'zhao', 'sun', 'zhou', 'wu', 'victim', 'left']) {
    ids[name] = (await u.createUser(CLI_ADMIN, { username: name, displayName: `用户${name}`, role: 'clerk', password: PASSWORD })).id;
  }
});

afterAll(() => tempDb.remove());
afterEach(() => {
  vi.useRealTimers();
});

const T0 = new Date('2026-03-02T01:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function failFourTimes(username: string, startMinute = 0, address = HERE) {
  for (let i = 0; i < 4; i++) {
    expect(await s.signInWithPassword(username, 'wrong-pass1', at(startMinute + i), address)).toEqual({ ok: false, reason: 'invalid' });
  }
}

const auditRows = (userId: number) =>
  client.prepare(`SELECT action, actor_id AS actorId, actor_name AS actorName, client_address AS clientAddress, note FROM audit_log WHERE entity_type = 'user' AND entity_id = ? AND action LIKE 'auth.%' ORDER BY id`).all(String(userId)) as {
    action: string;
    actorId: number | null;
    actorName: string;
    clientAddress: string | null;
    note: string | null;
  }[];

describe('signInWithPassword', () => {
  it('signs in with the right password, opens a session and records when and from where', async () => {
    const result = await s.signInWithPassword(' wang ', PASSWORD, at(0), '10.1.2.3');
    expect(result).toMatchObject({ ok: true, actor: { id: ids.wang, username: 'wang', displayName: '用户wang', role: 'clerk' } });
    const sessionId = (result as { sessionId: string }).sessionId;
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(client.prepare('SELECT user_id, client_address, signed_in_at, revoked_at FROM sessions WHERE id = ?').get(sessionId)).toEqual({
      user_id: ids.wang,
      client_address: '10.1.2.3',
      signed_in_at: at(0).toISOString(),
      revoked_at: null,
    });
    expect(auditRows(ids.wang)).toEqual([{ action: 'auth.sign_in', actorId: ids.wang, actorName: '用户wang（wang）', clientAddress: '10.1.2.3', note: null }]);
  });

  it('refuses an empty username or password and an unknown user', async () => {
    expect(await s.signInWithPassword('   ', PASSWORD, at(0))).toEqual({ ok: false, reason: 'invalid' });
    expect(await s.signInWithPassword('wang', '', at(0))).toEqual({ ok: false, reason: 'invalid' });
    expect(await s.signInWithPassword('nobody', PASSWORD, at(0))).toEqual({ ok: false, reason: 'invalid' });
    expect(await s.signInWithPassword('WANG', PASSWORD, at(0))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses an overlong username or password before storing anything', async () => {
    const before = countRows(client, 'login_attempts');
    expect(await s.signInWithPassword('x'.repeat(65), PASSWORD, at(0))).toEqual({ ok: false, reason: 'invalid' });
    expect(await s.signInWithPassword('wang', 'p'.repeat(129), at(0))).toEqual({ ok: false, reason: 'invalid' });
    expect(await s.signInWithPassword('x'.repeat(100_000), 'p', at(0))).toEqual({ ok: false, reason: 'invalid' });
    expect(countRows(client, 'login_attempts')).toBe(before);
  });

  it('locks after the fifth wrong password until 15 minutes after it, refusing even the right one', async () => {
    await failFourTimes('li');
    expect(s.lockoutFor('li', at(3.5))).toEqual({ locked: false });
    const fifth = await s.signInWithPassword('li', 'wrong-pass1', at(4), HERE);
    expect(fifth).toEqual({ ok: false, reason: 'locked', until: at(19) });

    expect(await s.signInWithPassword('li', PASSWORD, at(5))).toEqual({ ok: false, reason: 'locked', until: at(19) });
    expect(await s.signInWithPassword('li', PASSWORD, at(18.99))).toEqual({ ok: false, reason: 'locked', until: at(19) });
    expect(s.lockoutFor(' li ', at(10))).toEqual({ locked: true, until: at(19) });

    // The lock lapses on its own, and the refused attempts while locked did not extend it.
    expect(await s.signInWithPassword('li', PASSWORD, at(19))).toMatchObject({ ok: true });
  });

  it('audits each failure and the lock against the account, with the address', async () => {
    const actions = auditRows(ids.li).map((r) => [r.action, r.actorId, r.actorName, r.clientAddress]);
    expect(actions).toEqual([
      ...Array.from({ length: 5 }, () => ['auth.sign_in_failed', null, '登录页（未登录）', HERE]),
      ['auth.locked', null, '登录页（未登录）', HERE],
      ['auth.sign_in', ids.li, '用户li（li）', 'unknown'],
    ]);
  });

  it('keeps the lock per username', async () => {
    await failFourTimes('zhao');
    await s.signInWithPassword('zhao', 'wrong-pass1', at(4));
    expect(s.lockoutFor('zhao', at(5)).locked).toBe(true);
    expect(await s.signInWithPassword('sun', PASSWORD, at(5))).toMatchObject({ ok: true });
  });

  it('starts counting again after a successful sign-in', async () => {
    await failFourTimes('zhou');
    expect(await s.signInWithPassword('zhou', PASSWORD, at(4))).toMatchObject({ ok: true });
    expect(await s.signInWithPassword('zhou', 'wrong-pass1', at(5))).toEqual({ ok: false, reason: 'invalid' });
    expect(s.lockoutFor('zhou', at(6))).toEqual({ locked: false });
  });

  it('locks an unknown username too, so locking does not reveal which usernames exist, and audits nothing for it', async () => {
    const audit = countRows(client, 'audit_log');
    await failFourTimes('ghost', 0, '10.9.9.9');
    expect(await s.signInWithPassword('ghost', 'wrong-pass1', at(4), '10.9.9.9')).toEqual({ ok: false, reason: 'locked', until: at(19) });
    // Strangers cannot grow the permanent audit: only the pruned attempts table holds these.
    expect(countRows(client, 'audit_log')).toBe(audit);
  });

  it('lifts the lock when an administrator resets the password', async () => {
    // The reset is recorded at the clock's time; fix the clock between the failures and the retry.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at(10));
    await failFourTimes('wu');
    expect(await s.signInWithPassword('wu', 'wrong-pass1', at(4))).toMatchObject({ reason: 'locked', until: at(19) });
    expect(await s.signInWithPassword('wu', PASSWORD, at(6))).toMatchObject({ reason: 'locked' });

    await u.resetPassword(CLI_ADMIN, ids.wu, 'N3wSecret99');
    expect(s.lockoutFor('wu', at(11))).toEqual({ locked: false });
    expect(await s.signInWithPassword('wu', PASSWORD, at(11))).toEqual({ ok: false, reason: 'invalid' });
    expect(await s.signInWithPassword('wu', 'N3wSecret99', at(12))).toMatchObject({ ok: true, actor: { id: ids.wu } });
  });

  it('cannot sign in a deactivated user with the right password, and can again once reactivated', async () => {
    u.setUserActive(CLI_ADMIN, ids.left, false);
    expect(await s.signInWithPassword('left', PASSWORD, at(0))).toEqual({ ok: false, reason: 'invalid' });
    expect(auditRows(ids.left).at(-1)).toMatchObject({ action: 'auth.sign_in_failed', note: '账号已停用' });
    u.setUserActive(CLI_ADMIN, ids.left, true);
    expect(await s.signInWithPassword('left', PASSWORD, at(1))).toMatchObject({ ok: true, actor: { id: ids.left } });
  });

  it('counts concurrent wrong passwords before checking any of them, so a burst cannot get around the lock', async () => {
    const burst = Array.from({ length: 19 }, () => s.signInWithPassword('victim', 'wrong-pass1', at(100), '10.7.7.7'));
    const results = await Promise.all([...burst, s.signInWithPassword('victim', PASSWORD, at(100), '10.7.7.8')]);
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(results.filter((r) => !r.ok && r.reason === 'locked').length).toBeGreaterThanOrEqual(15);
    expect(s.lockoutFor('victim', at(101))).toEqual({ locked: true, until: at(115) });
  });
});

describe('the per-address limit', () => {
  const ATTACKER = '203.0.113.66';

  it('refuses an address after 20 failures in 15 minutes, so it can lock only a few accounts, and lets others in', async () => {
    const names = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'];
    for (const name of names) await u.createUser(CLI_ADMIN, { username: name, displayName: name, role: 'clerk', password: PASSWORD });
    // Five wrong passwords each on the first four accounts: 20 failures from one address.
    for (let i = 0; i < 20; i++) await s.signInWithPassword(names[Math.floor(i / 5)], 'wrong-pass1', at(200 + i * 0.1), ATTACKER);
    expect(s.addressBlockFor(ATTACKER, at(203))).toEqual({ locked: true, until: at(200 + 19 * 0.1 - 19 * 0.1 + 15) });
    const attempts = countRows(client, 'login_attempts');
    for (const name of names.slice(4)) {
      expect(await s.signInWithPassword(name, 'wrong-pass1', at(203), ATTACKER)).toMatchObject({ ok: false, reason: 'address_blocked' });
    }
    // Refused before anything was checked or stored: the other accounts are not one step closer to a lock.
    expect(countRows(client, 'login_attempts')).toBe(attempts);
    for (const name of names.slice(4)) expect(s.lockoutFor(name, at(203))).toEqual({ locked: false });
    expect(await s.signInWithPassword('a5', PASSWORD, at(203), '198.51.100.7')).toMatchObject({ ok: true });
    expect(await s.signInWithPassword('a6', PASSWORD, at(203), ATTACKER)).toMatchObject({ ok: false, reason: 'address_blocked' });
    // Once the oldest failure leaves the 15-minute window the address may try again.
    expect(await s.signInWithPassword('a6', PASSWORD, at(215.05), ATTACKER)).toMatchObject({ ok: true });
  });

  it('records the block once in the audit, under the address', () => {
    const rows = client.prepare(`SELECT entity_id AS address, note FROM audit_log WHERE action = 'auth.address_blocked'`).all();
    expect(rows).toEqual([{ address: ATTACKER, note: '最后一次尝试的用户名：a4' }]);
  });
});

describe('old sign-in attempts', () => {
  it('are pruned after 30 days, in bounded batches, when someone signs in', async () => {
    const insert = client.prepare('INSERT INTO login_attempts (username, attempted_at, succeeded, client_address) VALUES (?, ?, 0, ?)');
    const old = new Date(at(0).getTime() - 31 * 86_400_000).toISOString();
    const kept = new Date(at(0).getTime() - 29 * 86_400_000).toISOString();
    for (let i = 0; i < 1200; i++) insert.run(`old${i}`, old, '10.0.0.1');
    insert.run('recent', kept, '10.0.0.1');
    const count = (when: string) => (client.prepare('SELECT count(*) AS n FROM login_attempts WHERE attempted_at = ?').get(when) as { n: number }).n;
    expect(s.pruneLoginAttempts(at(0))).toBe(500);
    expect(count(old)).toBe(700);
    await s.signInWithPassword('wang', PASSWORD, at(0));
    await s.signInWithPassword('wang', PASSWORD, at(0));
    expect(count(old)).toBe(0);
    expect(count(kept)).toBe(1);
  });
});

describe('the published demo password', () => {
  it('works from the server\'s own machine only, and marks the session as a demo session', async () => {
    const id = (await u.createUser(CLI_ADMIN, { username: 'demo.like', displayName: '演示', role: 'clerk', password: 'Demo-2024' })).id;
    expect(await s.signInWithPassword('demo.like', 'Demo-2024', at(300), '192.168.1.20')).toEqual({ ok: false, reason: 'demo_remote' });
    expect(auditRows(id).at(-1)).toMatchObject({ action: 'auth.sign_in_failed', clientAddress: '192.168.1.20', note: '使用公开的演示密码从其他电脑登录，已拒绝' });
    const local = await s.signInWithPassword('demo.like', 'Demo-2024', at(301), '::1');
    expect(local).toMatchObject({ ok: true });
    expect(client.prepare('SELECT demo FROM sessions WHERE id = ?').get((local as { sessionId: string }).sessionId)).toEqual({ demo: 1 });
  });
});
