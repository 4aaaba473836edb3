import 'server-only';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { users } from '@/db/schema';
import type { Actor, Role } from '@/lib/domain/roles';
import { canManageUsers, canViewCases } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import type { NewUserInput } from '@/lib/domain/validation/user';
import { matchesUserFilter, type UserFilter } from '@/lib/domain/user-filter';
import { hashPassword } from '@/lib/auth/password';
import { diffFields, writeAudit } from './audit';
import { newPasswordProblem, storePassword } from './passwords';
import { readSecuritySettings } from './security-settings';
import { revokeUserSessions } from './sessions';

export type UserRow = { id: number; username: string; displayName: string; role: Role; active: boolean; createdAt: string; mustChangePassword: boolean; totpEnabledAt: string | null };

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
  mustChangePassword: users.mustChangePassword,
  totpEnabledAt: users.totpEnabledAt,
};

function requireAdmin(actor: Actor) {
  if (!canManageUsers(actor)) throw new ForbiddenError('只有管理员可以管理用户。');
}

/** Every account, or those of `filter` (a handful of people: filtered here, by the predicates the home figures count with). */
export function listUsers(actor: Actor, filter?: UserFilter): UserRow[] {
  requireAdmin(actor);
  const rows = getDb().select(userColumns).from(users).orderBy(asc(users.id)).all();
  return filter ? rows.filter((u) => matchesUserFilter(filter, u)) : rows;
}

/** Active staff who can be assigned cases: any signed-in role may see the names. */
export function listHandlers(actor: Actor): { id: number; displayName: string; role: Role }[] {
  if (!canViewCases(actor)) throw new ForbiddenError();
  return getDb()
    .select({ id: users.id, displayName: users.displayName, role: users.role, active: users.active })
    .from(users)
    .orderBy(asc(users.displayName))
    .all()
    .filter((u) => u.active && (u.role === 'clerk' || u.role === 'supervisor'));
}

export function getUser(actor: Actor, id: number): UserRow {
  requireAdmin(actor);
  const row = getDb().select(userColumns).from(users).where(eq(users.id, id)).get();
  if (!row) throw new NotFoundError('该用户不存在。');
  return row;
}

export async function createUser(actor: Actor, input: NewUserInput): Promise<UserRow> {
  requireAdmin(actor);
  const db = getDb();
  const taken = () => new ValidationError({ username: [`用户名“${input.username}”已被使用（不区分大小写），请换一个。`] });
  const exists = () => !!db.select({ id: users.id }).from(users).where(sql`lower(${users.username}) = lower(${input.username})`).get();
  if (exists()) throw taken();
  const problem = await newPasswordProblem(null, input.password, readSecuritySettings(db).password);
  if (problem) throw new ValidationError({ password: [problem] });
  const passwordHash = await hashPassword(input.password);
  // Checked again after hashing: another request may have taken the name meanwhile.
  if (exists()) throw taken();
  const at = new Date();
  const now = at.toISOString();
  return writeTransaction(db, (tx) => {
    const row = tx
      .insert(users)
      .values({ username: input.username, displayName: input.displayName, role: input.role, passwordHash, active: true, createdAt: now, updatedAt: now })
      .returning(userColumns)
      .get();
    // Someone else chose this password: its owner changes it at the first sign-in.
    storePassword(tx, row.id, passwordHash, at, true);
    writeAudit(tx, actor, {
      entityType: 'user',
      entityId: row.id,
      action: 'user.create',
      changes: { username: { from: null, to: row.username }, displayName: { from: null, to: row.displayName }, role: { from: null, to: row.role } },
    });
    return row;
  });
}

/** A new temporary password: the user is signed out everywhere and must change it at the next sign-in. */
export async function resetPassword(actor: Actor, id: number, password: string): Promise<void> {
  const user = getUser(actor, id);
  const problem = await newPasswordProblem(null, password, readSecuritySettings().password);
  if (problem) throw new ValidationError({ password: [problem] });
  const passwordHash = await hashPassword(password);
  writeTransaction(getDb(), (tx) => {
    const now = new Date();
    storePassword(tx, id, passwordHash, now, true);
    revokeUserSessions(tx, id, now);
    writeAudit(tx, actor, { entityType: 'user', entityId: id, action: 'user.reset_password', note: `重置了 ${user.username} 的密码` }, now);
  });
}

type Tx = Pick<Db, 'select'>;

/**
 * Checked inside the transaction that changes roles or deactivates, after the change: two
 * administrators acting on each other at the same moment cannot leave the agency without one.
 */
function assertAnActiveAdminRemains(tx: Tx, field: 'role' | 'active'): void {
  const left = tx.select({ n: count() }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true))).get()?.n ?? 0;
  if (left === 0) throw new ValidationError({ [field]: ['操作后将没有在岗的管理员，已拒绝。请先让另一位账号成为管理员。'] });
}

export function changeRole(actor: Actor, id: number, role: Role): void {
  const user = getUser(actor, id);
  if (user.id === actor.id && role !== 'admin') {
    throw new ValidationError({ role: ['不能取消自己的管理员角色，请由另一位管理员操作。'] });
  }
  if (user.role === role) return;
  writeTransaction(getDb(), (tx) => {
    tx.update(users).set({ role, updatedAt: new Date().toISOString() }).where(eq(users.id, id)).run();
    if (user.role === 'admin') assertAnActiveAdminRemains(tx, 'role');
    writeAudit(tx, actor, { entityType: 'user', entityId: id, action: 'user.change_role', changes: diffFields({ role: user.role }, { role }) });
  });
}

export function setUserActive(actor: Actor, id: number, active: boolean): void {
  const user = getUser(actor, id);
  if (user.id === actor.id && !active) {
    throw new ValidationError({ active: ['不能停用自己的账号。'] });
  }
  if (user.active === active) return;
  writeTransaction(getDb(), (tx) => {
    const now = new Date();
    tx.update(users).set({ active, updatedAt: now.toISOString() }).where(eq(users.id, id)).run();
    if (!active) {
      if (user.role === 'admin') assertAnActiveAdminRemains(tx, 'active');
      revokeUserSessions(tx, id, now);
    }
    writeAudit(tx, actor, {
      entityType: 'user',
      entityId: id,
      action: active ? 'user.activate' : 'user.deactivate',
      changes: diffFields({ active: user.active }, { active }),
    });
  });
}
