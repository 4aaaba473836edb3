import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { loginAttempts, recoveryCodes, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canManageUsers } from '@/lib/domain/policy';
import { secondFactorRequired } from '@/lib/domain/sign-in-steps';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { lockoutMessage } from '@/lib/domain/lockout';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { open, seal } from '@/lib/auth/secret-box';
import { acceptedStep, newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpQrSvg } from '@/lib/auth/totp';
import { verifyPassword } from '@/lib/auth/password';
import { writeAudit } from './audit';
import { markSecondFactorGiven, revokeUserSessions } from './sessions';
import { lockoutFor, recordFailure } from './sign-in';

const PURPOSE = 'totp-secret';
const PENDING_PURPOSE = 'totp-enrolment';

export type Enrolment = { sealed: string; secret: string; qrSvg: string };

/**
 * A new key to enrol: shown as a QR code and as text; the form carries it back sealed (so the page
 * writes nothing until the user proves their app has it).
 */
export async function beginEnrolment(actor: Actor): Promise<Enrolment> {
  const secret = newTotpSecret();
  return { secret, sealed: seal(`${actor.id}:${secret}`, PENDING_PURPOSE), qrSvg: await totpQrSvg(secret, actor.username) };
}

/** Enrols the key once a code from it is right; returns the recovery codes, shown once. */
export function confirmEnrolment(actor: Actor, sessionId: string, sealed: string, code: string, clientAddress: string, now = new Date()): string[] {
  if (actor.id === null) throw new ForbiddenError();
  const userId = actor.id;
  const opened = open(sealed, PENDING_PURPOSE);
  const [owner, secret] = opened?.split(':') ?? [];
  if (!secret || Number(owner) !== userId) throw new ValidationError({ code: ['二维码已失效，请刷新页面后重新扫描。'] });
  const step = acceptedStep(secret, code.trim(), now, null);
  if (step === null) throw new ValidationError({ code: ['验证码不正确。请确认手机时间准确，输入验证器应用当前显示的 6 位数字。'] });
  const codes = newRecoveryCodes();
  const db = getDb();
  writeTransaction(db, (tx) => {
    tx.update(users)
      .set({ totpSecret: seal(secret, PURPOSE), totpEnabledAt: now.toISOString(), totpLastStep: step, updatedAt: now.toISOString() })
      .where(eq(users.id, userId))
      .run();
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    for (const c of codes) tx.insert(recoveryCodes).values({ userId, codeHash: recoveryCodeHash(c) }).run();
    markSecondFactorGiven(tx, sessionId, now);
    writeAudit(tx, actor, { entityType: 'user', entityId: userId, action: 'auth.totp_enrolled', clientAddress }, now);
  });
  return codes;
}

/**
 * The second step of signing in: a code from the authenticator app, or one of the recovery codes
 * (each works once). A wrong code counts towards the account's lock like a wrong password.
 */
export function verifySecondFactor(actor: Actor, sessionId: string, input: string, clientAddress: string, now = new Date()): void {
  if (actor.id === null) throw new ForbiddenError();
  const userId = actor.id;
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user?.totpSecret) throw new NotFoundError('该账号没有启用双因素认证。');
  const lock = lockoutFor(user.username, now);
  if (lock.locked) throw new ValidationError({ code: [lockoutMessage(lock.until, (d) => formatChinaDateTime(d.toISOString()).slice(11))] });
  const code = input.trim();
  const secret = open(user.totpSecret, PURPOSE);
  if (/^\d{6}$/.test(code) && secret === null) {
    throw new ValidationError({ code: ['服务器无法读取您的动态验证码密钥（可能更换过 AUTH_SECRET）。请用恢复码登录，或请另一位管理员重置双因素认证。'] });
  }
  const step = secret ? acceptedStep(secret, code, now, user.totpLastStep) : null;
  const recovery = step === null ? db.select({ id: recoveryCodes.id }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, recoveryCodeHash(code)), isNull(recoveryCodes.usedAt))).get() : undefined;
  if (step === null && !recovery) {
    db.insert(loginAttempts).values({ username: user.username, attemptedAt: now.toISOString(), succeeded: false, clientAddress }).run();
    const result = recordFailure(user.username, user, clientAddress, now, { action: 'auth.totp_failed' });
    const locked = !result.ok && result.reason === 'locked' ? lockoutMessage(result.until, (d) => formatChinaDateTime(d.toISOString()).slice(11)) : null;
    throw new ValidationError({ code: [locked ?? '验证码不正确或已使用过，请输入验证器应用当前显示的 6 位数字，或一个未用过的恢复码。'] });
  }
  writeTransaction(db, (tx) => {
    if (step !== null) tx.update(users).set({ totpLastStep: step }).where(eq(users.id, userId)).run();
    if (recovery) tx.update(recoveryCodes).set({ usedAt: now.toISOString() }).where(eq(recoveryCodes.id, recovery.id)).run();
    markSecondFactorGiven(tx, sessionId, now);
    writeAudit(tx, actor, { entityType: 'user', entityId: userId, action: recovery ? 'auth.recovery_code_used' : 'auth.totp_passed', clientAddress }, now);
  });
}

export function remainingRecoveryCodes(actor: Actor): number {
  if (actor.id === null) return 0;
  return getDb().select({ id: recoveryCodes.id }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, actor.id), isNull(recoveryCodes.usedAt))).all().length;
}

export function hasSecondFactor(userId: number): boolean {
  return !!getDb().select({ s: users.totpSecret }).from(users).where(eq(users.id, userId)).get()?.s;
}

/**
 * For a user who lost their device: another administrator (or the command line) removes the key;
 * the user is signed out and, if their role requires a second factor, enrols again at sign-in.
 */
export function resetSecondFactor(actor: Actor, userId: number, now = new Date()): void {
  if (!canManageUsers(actor)) throw new ForbiddenError('只有管理员可以重置双因素认证。');
  if (actor.id === userId) throw new ValidationError({ twoFactor: ['不能重置自己的双因素认证，请由另一位管理员操作（或使用命令行 ogi user reset-2fa）。'] });
  const db = getDb();
  const user = db.select({ username: users.username, totpSecret: users.totpSecret }).from(users).where(eq(users.id, userId)).get();
  if (!user) throw new NotFoundError('该用户不存在。');
  if (!user.totpSecret) throw new ValidationError({ twoFactor: [`${user.username} 没有启用双因素认证，无需重置。`] });
  writeTransaction(db, (tx) => {
    tx.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: now.toISOString() }).where(eq(users.id, userId)).run();
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    revokeUserSessions(tx, userId, now);
    writeAudit(tx, actor, { entityType: 'user', entityId: userId, action: 'user.reset_2fa', note: `重置了 ${user.username} 的双因素认证` }, now);
  });
}

/** A user whose role does not require a second factor may turn it off, with their password. */
export async function disableOwnSecondFactor(actor: Actor, password: string, clientAddress: string, now = new Date()): Promise<void> {
  if (actor.id === null) throw new ForbiddenError();
  const userId = actor.id;
  if (secondFactorRequired(actor.role)) throw new ForbiddenError('管理员必须使用双因素认证，不能停用。');
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user?.totpSecret) return;
  if (!(await verifyPassword(user.passwordHash, password))) {
    db.insert(loginAttempts).values({ username: user.username, attemptedAt: now.toISOString(), succeeded: false, clientAddress }).run();
    recordFailure(user.username, user, clientAddress, now, { action: 'auth.totp_disable_failed', note: '密码输错' });
    throw new ValidationError({ password: ['密码不正确，双因素认证未停用。'] });
  }
  writeTransaction(db, (tx) => {
    tx.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: now.toISOString() }).where(eq(users.id, userId)).run();
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    writeAudit(tx, actor, { entityType: 'user', entityId: userId, action: 'auth.totp_disabled', clientAddress }, now);
  });
}
