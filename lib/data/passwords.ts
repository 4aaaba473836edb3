import 'server-only';
import { and, desc, eq, notInArray } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { loginAttempts, passwordHistory, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { ForbiddenError, ValidationError } from '@/lib/domain/errors';
import { passwordProblem, PASSWORD_POLICY_BOUNDS, type PasswordPolicy } from '@/lib/domain/password-rules';
import { lockoutMessage } from '@/lib/domain/lockout';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { readSecuritySettings } from './security-settings';
import { writeAudit } from './audit';
import { revokeUserSessions } from './sessions';
import { lockoutFor, recordFailure } from './sign-in';

type Tx = Pick<Db, 'insert' | 'update' | 'select' | 'delete'>;

/** Sets an account's password hash and keeps it in the history the reuse rule reads. */
export function storePassword(tx: Tx, userId: number, passwordHash: string, now: Date, mustChange: boolean): void {
  const at = now.toISOString();
  tx.update(users).set({ passwordHash, passwordChangedAt: at, mustChangePassword: mustChange, updatedAt: at }).where(eq(users.id, userId)).run();
  tx.insert(passwordHistory).values({ userId, passwordHash, setAt: at }).run();
  // Only as many as the largest reuse setting can ask for are kept.
  const keep = tx
    .select({ id: passwordHistory.id })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.id))
    .limit(PASSWORD_POLICY_BOUNDS.historyCount.max)
    .all()
    .map((r) => r.id);
  tx.delete(passwordHistory).where(and(eq(passwordHistory.userId, userId), notInArray(passwordHistory.id, keep))).run();
}

/** A Chinese message when the new password breaks the rules or repeats a recent one, else null. */
export async function newPasswordProblem(userId: number | null, password: string, policy: PasswordPolicy): Promise<string | null> {
  const problem = passwordProblem(password, policy);
  if (problem || userId === null) return problem;
  const db = getDb();
  const current = db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
  if (current && (await verifyPassword(current.hash, password))) return '新密码不能与当前密码相同。';
  if (policy.historyCount <= 1) return null;
  const recent = db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.id))
    .limit(policy.historyCount)
    .all();
  for (const r of recent) if (await verifyPassword(r.hash, password)) return `新密码不能与最近 ${policy.historyCount} 次使用过的密码相同，请换一个。`;
  return null;
}

/**
 * The user changes their own password: the current one is required (a wrong one counts towards the
 * lock like a wrong sign-in), the new one must follow the rules and not repeat a recent one. Their
 * other sessions end; this one goes on.
 */
export async function changeOwnPassword(
  actor: Actor,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
  clientAddress: string,
  now = new Date(),
): Promise<void> {
  if (actor.id === null) throw new ForbiddenError('请登录后修改自己的密码。');
  const userId = actor.id;
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user || !user.active) throw new ForbiddenError();
  const lock = lockoutFor(user.username, now);
  if (lock.locked) throw new ValidationError({ currentPassword: [lockoutMessage(lock.until, (d) => formatChinaDateTime(d.toISOString()).slice(11))] }, '密码未修改。');
  // Counted as a failure until the password is verified, as at sign-in.
  const attempt = db.insert(loginAttempts).values({ username: user.username, attemptedAt: now.toISOString(), succeeded: false, clientAddress }).returning({ id: loginAttempts.id }).get();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    recordFailure(user.username, user, clientAddress, now, { action: 'auth.password_change_failed', note: '当前密码输错' });
    throw new ValidationError({ currentPassword: ['当前密码不正确，请重新输入。'] }, '密码未修改。');
  }
  db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attempt.id)).run();
  const policy = readSecuritySettings(db).password;
  const problem = await newPasswordProblem(userId, input.newPassword, policy);
  if (problem) throw new ValidationError({ newPassword: [problem] }, '密码未修改。');
  const passwordHash = await hashPassword(input.newPassword);
  writeTransaction(db, (tx) => {
    storePassword(tx, userId, passwordHash, now, false);
    revokeUserSessions(tx, userId, now, sessionId);
    writeAudit(tx, actor, { entityType: 'user', entityId: userId, action: 'auth.password_changed', note: user.mustChangePassword ? '首次登录或重置后修改' : null, clientAddress }, now);
  });
}
