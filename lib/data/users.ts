import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { users } from '@/db/schema';
import type { Actor, Role } from '@/lib/domain/roles';
import { canManageUsers, canViewCases } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import type { NewUserInput } from '@/lib/domain/validation/user';
import { hashPassword } from '@/lib/auth/password';
import { diffFields, writeAudit } from './audit';

export type UserRow = { id: number; username: string; displayName: string; role: Role; active: boolean; createdAt: string };

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
};

function requireAdmin(actor: Actor) {
  if (!canManageUsers(actor)) throw new ForbiddenError('只有管理员可以管理用户。');
}

export function listUsers(actor: Actor): UserRow[] {
  requireAdmin(actor);
  return getDb().select(userColumns).from(users).orderBy(asc(users.id)).all();
}

/** Active staff who can be assigned cases: any signed-in role may see the names. */
export function listHandlers(actor: Actor): { id: number; displayName: string; role: Role }[] {
  if (!canViewCases(actor)) throw new ForbiddenError();
  return getDb()
    .select({ id: users.id, displayName: users.displayName, role: users.role, active: users.active })
    .from(users)
    .orderBy(asc(users.displayName))
    .all()
    .filter((u) => u.active && u.role !== 'admin');
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
  const passwordHash = await hashPassword(input.password);
  // Checked again after hashing: another request may have taken the name meanwhile.
  if (exists()) throw taken();
  const now = new Date().toISOString();
  return writeTransaction(db, (tx) => {
    const row = tx
      .insert(users)
      .values({ username: input.username, displayName: input.displayName, role: input.role, passwordHash, active: true, createdAt: now, updatedAt: now })
      .returning(userColumns)
      .get();
    writeAudit(tx, actor, {
      entityType: 'user',
      entityId: row.id,
      action: 'user.create',
      changes: { username: { from: null, to: row.username }, displayName: { from: null, to: row.displayName }, role: { from: null, to: row.role } },
    });
    return row;
  });
}

export async function resetPassword(actor: Actor, id: number, password: string): Promise<void> {
  const user = getUser(actor, id);
  const passwordHash = await hashPassword(password);
  writeTransaction(getDb(), (tx) => {
    const now = new Date().toISOString();
    tx.update(users).set({ passwordHash, passwordChangedAt: now, updatedAt: now }).where(eq(users.id, id)).run();
    writeAudit(tx, actor, { entityType: 'user', entityId: id, action: 'user.reset_password', note: `重置了 ${user.username} 的密码` });
  });
}

export function changeRole(actor: Actor, id: number, role: Role): void {
  const user = getUser(actor, id);
  if (user.id === actor.id && role !== 'admin') {
    throw new ValidationError({ role: ['不能取消自己的管理员角色，请由另一位管理员操作。'] });
  }
  if (user.role === role) return;
  writeTransaction(getDb(), (tx) => {
    tx.update(users).set({ role, updatedAt: new Date().toISOString() }).where(eq(users.id, id)).run();
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
    tx.update(users).set({ active, updatedAt: new Date().toISOString() }).where(eq(users.id, id)).run();
    writeAudit(tx, actor, {
      entityType: 'user',
      entityId: id,
      action: active ? 'user.activate' : 'user.deactivate',
      changes: diffFields({ active: user.active }, { active }),
    });
  });
}
