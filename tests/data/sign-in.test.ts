import { afterEach, afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI_ADMIN, createTempDatabase } from '../support/temp-db';

const tempDb = createTempDatabase('sign-in');

let s: typeof import('@/lib/data/sign-in');
let u: typeof import('@/lib/data/users');
const ids: Record<string, number> = {};
const PASSWORD = 'Passw0rd1';

beforeAll(async () => {
  s = await import('@/lib/data/sign-in');
  u = await import('@/lib/data/users');
  for (const name of ['wang', 'li', 'zhao', 'sun', 'zhou', 'wu', 'victim']) {
    ids[name] = (await u.createUser(CLI_ADMIN, { username: name, displayName: `用户${name}`, role: 'clerk', password: PASSWORD })).id;
  }
});

afterAll(() => tempDb.remove());
afterEach(() => {
  vi.useRealTimers();
});

const T0 = new Date('2026-03-02T01:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function failFourTimes(username: string, startMinute = 0) {
  for (let i = 0; i < 4; i++) {
    expect(await s.signInWithPassword(username, 'wrong-pass1', at(startMinute + i))).toEqual({ ok: false, reason: 'invalid' });
  }
}

describe('signInWithPassword', () => {
  it('signs in with the right password and returns the actor', async () => {
    expect(await s.signInWithPassword(' wang ', PASSWORD, at(0))).toEqual({
      ok: true,
      actor: { id: ids.wang, username: 'wang', displayName: '用户wang', role: 'clerk' },
    });
  });

  it('refuses an empty username or password and an unknown user', async () => {
    expect(await s.signInWithPassword('   ', PASSWORD, at(0))).toEqual({ ok: false, reason: 'invalid' });
    expect(await s.signInWithPassword('wang', '', at(0))).toEqual({ ok: false, reason: 'invalid' });
    expect(await s.signInWithPassword('nobody', PASSWORD, at(0))).toEqual({ ok: false, reason: 'invalid' });
    expect(await s.signInWithPassword('WANG', PASSWORD, at(0))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('locks after the fifth wrong password until 15 minutes after it, refusing even the right one', async () => {
    await failFourTimes('li');
    expect(s.lockoutFor('li', at(3.5))).toEqual({ locked: false });
    const fifth = await s.signInWithPassword('li', 'wrong-pass1', at(4));
    expect(fifth).toEqual({ ok: false, reason: 'locked', until: at(19) });

    expect(await s.signInWithPassword('li', PASSWORD, at(5))).toEqual({ ok: false, reason: 'locked', until: at(19) });
    expect(await s.signInWithPassword('li', PASSWORD, at(18.99))).toEqual({ ok: false, reason: 'locked', until: at(19) });
    expect(s.lockoutFor(' li ', at(10))).toEqual({ locked: true, until: at(19) });

    // The lock lapses on its own, and the refused attempts while locked did not extend it.
    expect(await s.signInWithPassword('li', PASSWORD, at(19))).toMatchObject({ ok: true });
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

  it('locks an unknown username too, so locking does not reveal which usernames exist', async () => {
    await failFourTimes('ghost');
    expect(await s.signInWithPassword('ghost', 'wrong-pass1', at(4))).toEqual({ ok: false, reason: 'locked', until: at(19) });
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
});

describe('a deactivated user', () => {
  it('cannot sign in with the right password, and can again once reactivated', async () => {
    const id = (await u.createUser(CLI_ADMIN, { username: 'left', displayName: '已离职', role: 'supervisor', password: PASSWORD })).id;
    expect(s.actorForUserId(id, Date.now())).toMatchObject({ id, role: 'supervisor' });
    u.setUserActive(CLI_ADMIN, id, false);
    expect(await s.signInWithPassword('left', PASSWORD, at(0))).toEqual({ ok: false, reason: 'invalid' });
    expect(s.actorForUserId(id, Date.now())).toBeNull();
    u.setUserActive(CLI_ADMIN, id, true);
    expect(await s.signInWithPassword('left', PASSWORD, at(1))).toMatchObject({ ok: true, actor: { id } });
  });

  it('counts concurrent wrong passwords before checking any of them, so a burst cannot get around the lock', async () => {
    const burst = Array.from({ length: 19 }, () => s.signInWithPassword('victim', 'wrong-pass1', at(100)));
    const results = await Promise.all([...burst, s.signInWithPassword('victim', PASSWORD, at(100))]);
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(results.filter((r) => !r.ok && r.reason === 'locked').length).toBeGreaterThanOrEqual(15);
    expect(s.lockoutFor('victim', at(101))).toEqual({ locked: true, until: at(115) });
  });
});

describe('a password reset', () => {
  it('ends the sessions signed in before it, and not those signed in after', async () => {
    const id = (await u.createUser(CLI_ADMIN, { username: 'reset.me', displayName: '重置', role: 'clerk', password: PASSWORD })).id;
    const before = Date.now() - 1000;
    expect(s.actorForUserId(id, before)).toMatchObject({ id });
    await u.resetPassword(CLI_ADMIN, id, 'Another-Pass-2');
    expect(s.actorForUserId(id, before)).toBeNull();
    expect(s.actorForUserId(id, Date.now() + 1)).toMatchObject({ id });
  });
});
