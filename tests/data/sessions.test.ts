import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ADMIN, createTempDatabase } from '../support/temp-db';

const tempDb = createTempDatabase('sessions');

let s: typeof import('@/lib/data/sign-in');
let sessions: typeof import('@/lib/data/sessions');
let u: typeof import('@/lib/data/users');
let settings: typeof import('@/lib/data/security-settings');
let client: import('better-sqlite3').Database;
const PASSWORD = 'Passw0rd1';

beforeAll(async () => {
  s = await import('@/lib/data/sign-in');
  sessions = await import('@/lib/data/sessions');
  u = await import('@/lib/data/users');
  settings = await import('@/lib/data/security-settings');
  client = (await import('@/db/client')).getDb().$client;
});
afterAll(() => tempDb.remove());

const T0 = new Date('2026-03-02T01:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** A user who has replaced the temporary password (so nothing is pending), and a session of theirs. */
async function signedIn(username: string, role: 'clerk' | 'supervisor' | 'auditor' = 'clerk', when = at(0)) {
  const user = await u.createUser(CLI_ADMIN, { username, displayName: username, role, password: PASSWORD });
  client.prepare('UPDATE users SET must_change_password = 0, password_changed_at = ? WHERE id = ?').run(when.toISOString(), user.id);
  const result = await s.signInWithPassword(username, PASSWORD, when, '10.0.0.8');
  if (!result.ok) throw new Error('sign-in failed');
  return { userId: user.id, sid: result.sessionId };
}

const row = (sid: string) => client.prepare('SELECT signed_in_at AS signedInAt, last_seen_at AS lastSeenAt, revoked_at AS revokedAt FROM sessions WHERE id = ?').get(sid) as { signedInAt: string; lastSeenAt: string; revokedAt: string | null };

describe('a session', () => {
  it('is active right after sign-in, with nothing owed', async () => {
    const { sid, userId } = await signedIn('active.one');
    expect(sessions.resolveSession(sid, at(1))).toMatchObject({ status: 'active', sessionId: sid, actor: { id: userId, role: 'clerk' }, pending: null, demo: false });
  });

  it('ends after 30 minutes without a request, on the server, and stays ended', async () => {
    const { sid } = await signedIn('idle.one');
    expect(sessions.resolveSession(sid, at(29.9))).toMatchObject({ status: 'active' });
    expect(sessions.sessionIsOpen(sid, at(59.8))).toBe(true);
    expect(sessions.resolveSession(sid, at(59.9))).toEqual({ status: 'idle' });
    expect(row(sid).revokedAt).toBe(at(59.9).toISOString());
    expect(sessions.sessionIsOpen(sid, at(60))).toBe(false);
    expect(sessions.resolveSession(sid, at(60))).toEqual({ status: 'revoked' });
  });

  it('records activity at most once a minute', async () => {
    const { sid } = await signedIn('touch.one');
    sessions.resolveSession(sid, at(0.5));
    expect(row(sid).lastSeenAt).toBe(at(0).toISOString());
    sessions.resolveSession(sid, at(1));
    expect(row(sid).lastSeenAt).toBe(at(1).toISOString());
    sessions.resolveSession(sid, at(1.9));
    expect(row(sid).lastSeenAt).toBe(at(1).toISOString());
  });

  it('ends 8 hours after sign-in however busy the user is', async () => {
    const { sid } = await signedIn('busy.one');
    for (let m = 20; m < 480; m += 20) expect(sessions.resolveSession(sid, at(m)), `minute ${m}`).toMatchObject({ status: 'active' });
    expect(sessions.resolveSession(sid, at(480))).toEqual({ status: 'expired' });
  });

  it('is only read by the check the session endpoint makes: nothing is extended', async () => {
    const { sid } = await signedIn('endpoint.one');
    const before = row(sid);
    for (let m = 10; m <= 470; m += 10) sessions.sessionIsOpen(sid, at(m));
    expect(row(sid)).toEqual(before);
    // So polling the endpoint neither keeps the session from idling nor from expiring.
    expect(sessions.sessionIsOpen(sid, at(480))).toBe(false);
  });

  it('follows the idle timeout the administrator sets', async () => {
    const { sid } = await signedIn('short.idle');
    settings.updateSecuritySettings(CLI_ADMIN, { ...settings.flatSecuritySettings(settings.readSecuritySettings()), idleMinutes: 10 });
    expect(sessions.resolveSession(sid, at(9.9))).toMatchObject({ status: 'active' });
    expect(sessions.resolveSession(sid, at(20))).toEqual({ status: 'idle' });
    settings.updateSecuritySettings(CLI_ADMIN, { ...settings.flatSecuritySettings(settings.readSecuritySettings()), idleMinutes: 30 });
    expect(client.prepare(`SELECT changes FROM audit_log WHERE action = 'settings.update_security' ORDER BY id LIMIT 1`).get()).toEqual({ changes: JSON.stringify({ idleMinutes: { from: 30, to: 10 } }) });
  });

  it('ends at sign-out, so a copy of its cookie no longer works, and the sign-out is audited', async () => {
    const { sid, userId } = await signedIn('leaver');
    sessions.signOutSession(sid, '10.0.0.8', at(5));
    expect(sessions.sessionIsOpen(sid, at(5))).toBe(false);
    expect(sessions.resolveSession(sid, at(5))).toEqual({ status: 'revoked' });
    expect(client.prepare(`SELECT action, client_address AS a FROM audit_log WHERE entity_type = 'user' AND entity_id = ? ORDER BY id DESC LIMIT 1`).get(String(userId))).toEqual({ action: 'auth.sign_out', a: '10.0.0.8' });
  });

  it('is closed without a sign-out record when it had already ended (an old cookie cannot write to the audit)', async () => {
    const { sid, userId } = await signedIn('late.leaver');
    const records = () => client.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity_type = 'user' AND entity_id = ?`).get(String(userId));
    const before = records();
    sessions.signOutSession(sid, '10.0.0.8', at(481));
    expect(records()).toEqual(before);
    expect(row(sid).revokedAt).toBe(at(481).toISOString());
  });

  it('ends when an administrator resets the password or deactivates the account', async () => {
    const a = await signedIn('reset.target');
    await u.resetPassword(CLI_ADMIN, a.userId, 'Fresh-Pass-9');
    expect(sessions.resolveSession(a.sid, at(1))).toEqual({ status: 'revoked' });
    const b = await signedIn('deactivated.target');
    u.setUserActive(CLI_ADMIN, b.userId, false);
    expect(sessions.resolveSession(b.sid, at(1))).toEqual({ status: 'revoked' });
  });

  it('ends at once when the user is deactivated, even if the row were still open', async () => {
    const c = await signedIn('flag.only');
    client.prepare('UPDATE users SET active = 0 WHERE id = ?').run(c.userId);
    expect(sessions.sessionIsOpen(c.sid, at(1))).toBe(false);
  });

  it('is read afresh once another process writes: a revocation or a new idle limit from the command line applies at the next request', async () => {
    const { sid } = await signedIn('other.process');
    expect(sessions.sessionIsOpen(sid, at(1))).toBe(true);
    expect(sessions.sessionIsOpen(sid, at(2))).toBe(true); // the kept row, its status worked out again
    const other = new Database(tempDb.file);
    try {
      other.prepare(`INSERT INTO settings (key, value) VALUES ('idleTimeoutMinutes', '5') ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run();
      expect(sessions.sessionIsOpen(sid, at(6))).toBe(false);
      other.prepare(`UPDATE settings SET value = '30' WHERE key = 'idleTimeoutMinutes'`).run();
      expect(sessions.sessionIsOpen(sid, at(6))).toBe(true);
      other.prepare('UPDATE sessions SET revoked_at = ? WHERE id = ?').run(at(6).toISOString(), sid);
      expect(sessions.sessionIsOpen(sid, at(6))).toBe(false);
    } finally {
      other.close();
    }
  });

  it('is deleted 30 days after it ended', async () => {
    const old = await signedIn('ancient', 'clerk', at(-40 * 24 * 60));
    await signedIn('newcomer');
    expect(client.prepare('SELECT id FROM sessions WHERE id = ?').get(old.sid)).toBeUndefined();
  });
});

describe('what a session still owes', () => {
  it('a new password first when someone else set it, or when it is older than the maximum age', async () => {
    const user = await u.createUser(CLI_ADMIN, { username: 'fresh.clerk', displayName: '新人', role: 'clerk', password: PASSWORD });
    const first = await s.signInWithPassword('fresh.clerk', PASSWORD, new Date(), '10.0.0.8');
    expect(sessions.resolveSession((first as { sessionId: string }).sessionId)).toMatchObject({ pending: 'change_password' });
    client.prepare('UPDATE users SET must_change_password = 0, password_changed_at = ? WHERE id = ?').run(new Date(Date.now() - 91 * 86_400_000).toISOString(), user.id);
    expect(sessions.resolveSession((first as { sessionId: string }).sessionId)).toMatchObject({ pending: 'change_password' });
    client.prepare('UPDATE users SET password_changed_at = ? WHERE id = ?').run(new Date(Date.now() - 89 * 86_400_000).toISOString(), user.id);
    expect(sessions.resolveSession((first as { sessionId: string }).sessionId)).toMatchObject({ pending: null });
  });

  it('nothing for a demo sign-in on this machine, however old the published password', async () => {
    const user = await u.createUser(CLI_ADMIN, { username: 'demo.admin', displayName: '演示管理员', role: 'clerk', password: 'Demo-2024' });
    client.prepare("UPDATE users SET role = 'admin', must_change_password = 0, password_changed_at = '2020-01-01T00:00:00.000Z' WHERE id = ?").run(user.id);
    const demo = await s.signInWithPassword('demo.admin', 'Demo-2024', new Date(), '127.0.0.1');
    expect(sessions.resolveSession((demo as { sessionId: string }).sessionId)).toMatchObject({ status: 'active', pending: null, demo: true });
  });
});

describe('the previous sign-in notice', () => {
  it('names the previous sign-in and counts the failures since', async () => {
    await signedIn('noticed', 'clerk', at(0));
    const userId = (client.prepare("SELECT id FROM users WHERE username = 'noticed'").get() as { id: number }).id;
    const actor = { id: userId, username: 'noticed', displayName: 'noticed', role: 'clerk' as const };
    expect(sessions.signInNotice(actor, at(0).toISOString())).toEqual({ previous: null, failedSince: 0 });
    await s.signInWithPassword('noticed', 'wrong-pass1', at(60), '203.0.113.9');
    await s.signInWithPassword('noticed', 'wrong-pass1', at(61), '203.0.113.9');
    const second = await s.signInWithPassword('noticed', PASSWORD, at(62), '10.0.0.9');
    expect(second.ok).toBe(true);
    expect(sessions.signInNotice(actor, at(62).toISOString())).toEqual({ previous: { at: at(0).toISOString(), clientAddress: '10.0.0.8' }, failedSince: 2 });
  });
});
