import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { ForbiddenError, ValidationError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/roles';
import { CLI_ADMIN, actorOf, countRows, createTempDatabase, caught } from '../support/temp-db';

const tempDb = createTempDatabase('users');

let db: Db;
let u: typeof import('@/lib/data/users');
let admin: Actor;
let boss: Actor;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  u = await import('@/lib/data/users');
  admin = actorOf(await u.createUser(CLI_ADMIN, { username: 'admin', displayName: '管理员丁', role: 'admin', password: 'Passw0rd1' }));
  boss = actorOf(await u.createUser(admin, { username: 'boss', displayName: '负责人丙', role: 'supervisor', password: 'Passw0rd1' }));
});

afterAll(() => tempDb.remove());

const auditOf = (id: number | null) =>
  db.select().from(auditLog).where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, String(id)))).orderBy(asc(auditLog.id)).all();
const userRow = (id: number) => db.select().from(users).where(eq(users.id, id)).get()!;
const newClerk = (username: string) => u.createUser(admin, { username, displayName: `登记员 ${username}`, role: 'clerk', password: 'Passw0rd1' });


describe('createUser', () => {
  it('stores a hashed password and audits who created whom, without the password', async () => {
    const row = await newClerk('clerk.a');
    expect(row).toMatchObject({ username: 'clerk.a', role: 'clerk', active: true });
    expect(userRow(row.id).passwordHash).toMatch(/^\$argon2id\$/);
    const [entry] = auditOf(row.id);
    expect(entry).toMatchObject({ action: 'user.create', actorId: admin.id, actorName: '管理员丁（admin）' });
    expect(entry.changes).toEqual({ username: { from: null, to: 'clerk.a' }, displayName: { from: null, to: '登记员 clerk.a' }, role: { from: null, to: 'clerk' } });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|Passw0rd1/);
    expect(auditOf(admin.id)[0]).toMatchObject({ actorId: null, actorName: '系统管理员（命令行）' });
  });

  it('refuses a username in use and a non-administrator, writing nothing', async () => {
    const before = [countRows(db.$client, 'users'), countRows(db.$client, 'audit_log')];
    await expect(u.createUser(admin, { username: 'boss', displayName: '重名', role: 'clerk', password: 'Passw0rd1' })).rejects.toMatchObject({
      constructor: ValidationError,
      fieldErrors: { username: ['用户名“boss”已被使用（不区分大小写），请换一个。'] },
    });
    await expect(u.createUser(boss, { username: 'new.one', displayName: '新人', role: 'clerk', password: 'Passw0rd1' })).rejects.toBeInstanceOf(ForbiddenError);
    expect([countRows(db.$client, 'users'), countRows(db.$client, 'audit_log')]).toEqual(before);
  });
});

describe('createUser under concurrency', () => {
  it('refuses the second of two simultaneous creations of one username with a field error, not a crash', async () => {
    const results = await Promise.allSettled([
      u.createUser(admin, { username: 'twin', displayName: '甲', role: 'clerk', password: 'Passw0rd1' }),
      u.createUser(admin, { username: 'TWIN', displayName: '乙', role: 'clerk', password: 'Passw0rd1' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refusal = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refusal.reason).toBeInstanceOf(ValidationError);
  });
});

describe('changeRole', () => {
  it('changes the role and audits before and after', async () => {
    const clerk = await newClerk('clerk.b');
    u.changeRole(admin, clerk.id, 'supervisor');
    expect(userRow(clerk.id).role).toBe('supervisor');
    expect(auditOf(clerk.id).at(-1)).toMatchObject({ action: 'user.change_role', actorId: admin.id, changes: { role: { from: 'clerk', to: 'supervisor' } } });
  });

  it('writes nothing when the role is unchanged', async () => {
    const clerk = await newClerk('clerk.c');
    const before = countRows(db.$client, 'audit_log');
    u.changeRole(admin, clerk.id, 'clerk');
    expect(countRows(db.$client, 'audit_log')).toBe(before);
  });

  it('does not let an administrator demote themselves, nor a supervisor change roles', async () => {
    const clerk = await newClerk('clerk.d');
    const before = countRows(db.$client, 'audit_log');
    expect((caught(() => u.changeRole(admin, admin.id!, 'clerk')) as ValidationError).fieldErrors).toEqual({
      role: ['不能取消自己的管理员角色，请由另一位管理员操作。'],
    });
    expect(() => u.changeRole(boss, clerk.id, 'admin')).toThrow(ForbiddenError);
    expect(() => u.changeRole(boss, boss.id!, 'admin')).toThrow(ForbiddenError);
    expect(userRow(admin.id!).role).toBe('admin');
    expect(userRow(boss.id!).role).toBe('supervisor');
    expect(countRows(db.$client, 'audit_log')).toBe(before);
  });
});

describe('setUserActive', () => {
  it('deactivates and reactivates with an audit record each time', async () => {
    const clerk = await newClerk('clerk.e');
    u.setUserActive(admin, clerk.id, false);
    expect(userRow(clerk.id).active).toBe(false);
    u.setUserActive(admin, clerk.id, true);
    expect(userRow(clerk.id).active).toBe(true);
    expect(auditOf(clerk.id).slice(1)).toMatchObject([
      { action: 'user.deactivate', actorId: admin.id, changes: { active: { from: true, to: false } } },
      { action: 'user.activate', actorId: admin.id, changes: { active: { from: false, to: true } } },
    ]);
  });

  it('removes a deactivated user from the handlers list', async () => {
    const clerk = await newClerk('clerk.f');
    expect(u.listHandlers(boss).map((h) => h.id)).toContain(clerk.id);
    u.setUserActive(admin, clerk.id, false);
    const handlers = u.listHandlers(boss).map((h) => h.id);
    expect(handlers).not.toContain(clerk.id);
    expect(handlers).not.toContain(admin.id);
  });

  it('does not let an administrator deactivate themselves', () => {
    const before = countRows(db.$client, 'audit_log');
    const error = caught(() => u.setUserActive(admin, admin.id!, false));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ active: ['不能停用自己的账号。'] });
    expect(userRow(admin.id!).active).toBe(true);
    expect(countRows(db.$client, 'audit_log')).toBe(before);
  });

  it('refuses a non-administrator and an unknown user', () => {
    expect(() => u.setUserActive(boss, admin.id!, false)).toThrow(ForbiddenError);
    expect(() => u.setUserActive(admin, 9999, false)).toThrow('该用户不存在。');
    expect(userRow(admin.id!).active).toBe(true);
  });
});

describe('resetPassword', () => {
  it('replaces the hash and audits the reset without the password', async () => {
    const clerk = await newClerk('clerk.g');
    const oldHash = userRow(clerk.id).passwordHash;
    await u.resetPassword(admin, clerk.id, 'N3wSecret99');
    const newHash = userRow(clerk.id).passwordHash;
    expect(newHash).not.toBe(oldHash);
    expect(newHash).toMatch(/^\$argon2id\$/);
    const entry = auditOf(clerk.id).at(-1)!;
    expect(entry).toMatchObject({ action: 'user.reset_password', actorId: admin.id, note: '重置了 clerk.g 的密码' });
    expect(JSON.stringify(entry)).not.toMatch(/N3wSecret99|argon2/);
  });

  it('refuses a non-administrator', async () => {
    const clerk = await newClerk('clerk.h');
    const oldHash = userRow(clerk.id).passwordHash;
    await expect(u.resetPassword(boss, clerk.id, 'N3wSecret99')).rejects.toBeInstanceOf(ForbiddenError);
    expect(userRow(clerk.id).passwordHash).toBe(oldHash);
  });
});

describe('a password someone else set', () => {
  it('must be changed by its owner: on creation and after a reset by an administrator', async () => {
    const clerk = await newClerk('clerk.i');
    expect(userRow(clerk.id)).toMatchObject({ mustChangePassword: true });
    expect(userRow(clerk.id).passwordChangedAt).not.toBeNull();
    db.$client.prepare('UPDATE users SET must_change_password = 0 WHERE id = ?').run(clerk.id);
    await u.resetPassword(admin, clerk.id, 'N3wSecret99');
    expect(userRow(clerk.id)).toMatchObject({ mustChangePassword: true });
  });

  it('follows the administrator\'s rules', async () => {
    await expect(u.createUser(admin, { username: 'weak.one', displayName: '弱', role: 'clerk', password: 'password1' })).rejects.toMatchObject({
      fieldErrors: { password: [expect.stringContaining('至少 3 类')] },
    });
  });
});

describe('the auditor role', () => {
  it('is created like any other role, and is never offered as a case handler', async () => {
    const auditor = await u.createUser(admin, { username: 'auditor.a', displayName: '审计员甲', role: 'auditor', password: 'Passw0rd1' });
    expect(auditor.role).toBe('auditor');
    expect(u.listHandlers(boss).map((h) => h.id)).not.toContain(auditor.id);
  });
});

describe('the last active administrator', () => {
  it('cannot be removed by two administrators demoting each other at the same moment', async () => {
    // Both requests were authorised while both were administrators (stale actors), then run in turn.
    const a = actorOf(await u.createUser(CLI_ADMIN, { username: 'admin.a', displayName: '管理员甲', role: 'admin', password: 'Passw0rd1' }));
    const b = actorOf(await u.createUser(CLI_ADMIN, { username: 'admin.b', displayName: '管理员乙', role: 'admin', password: 'Passw0rd1' }));
    // The admins of the earlier tests step down, so that a and b are the only ones.
    db.$client.prepare("UPDATE users SET role = 'supervisor' WHERE role = 'admin' AND id NOT IN (?, ?)").run(a.id, b.id);
    u.changeRole(a, b.id!, 'clerk');
    const before = countRows(db.$client, 'audit_log');
    const error = caught(() => u.changeRole(b, a.id!, 'clerk')) as ValidationError;
    expect(error.fieldErrors).toEqual({ role: ['操作后将没有在岗的管理员，已拒绝。请先让另一位账号成为管理员。'] });
    expect(userRow(a.id!).role).toBe('admin');
    expect(countRows(db.$client, 'audit_log')).toBe(before);
  });

  it('cannot be deactivated either', async () => {
    const a = db.select().from(users).where(and(eq(users.role, 'admin'), eq(users.active, true))).all();
    expect(a).toHaveLength(1);
    const stale = actorOf(await u.createUser(CLI_ADMIN, { username: 'admin.c', displayName: '管理员丙', role: 'admin', password: 'Passw0rd1' }));
    u.setUserActive(stale, a[0].id, false);
    db.$client.prepare("UPDATE users SET role = 'supervisor' WHERE id = ?").run(stale.id);
    // admin.c has just lost the role but acts on a request authorised before.
    db.$client.prepare("UPDATE users SET active = 1 WHERE id = ?").run(a[0].id);
    const error = caught(() => u.setUserActive(stale, a[0].id, false)) as ValidationError;
    expect(error.fieldErrors).toEqual({ active: ['操作后将没有在岗的管理员，已拒绝。请先让另一位账号成为管理员。'] });
    expect(userRow(a[0].id).active).toBe(true);
  });
});
