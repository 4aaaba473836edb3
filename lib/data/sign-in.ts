import 'server-only';
import { and, desc, eq, gte } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { auditLog, loginAttempts, users } from '@/db/schema';
import { lockoutState, relevantSince, type LockoutState } from '@/lib/domain/lockout';
import type { Actor } from '@/lib/domain/roles';
import { hashPassword, verifyPassword } from '@/lib/auth/password';

let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword('not-a-password-0');
  return dummy;
}

export type SignInResult = { ok: true; actor: Actor } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'locked'; until: Date };

function currentLockout(username: string, now: Date): LockoutState {
  const db = getDb();
  const since = relevantSince(now).toISOString();
  const recent = db
    .select({ at: loginAttempts.attemptedAt, succeeded: loginAttempts.succeeded })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), gte(loginAttempts.attemptedAt, since)))
    .orderBy(desc(loginAttempts.attemptedAt))
    .all();
  // A password reset by an administrator lifts the lock.
  const user = db.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
  const reset = user
    ? db
        .select({ at: auditLog.at })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, String(user.id)), eq(auditLog.action, 'user.reset_password'), gte(auditLog.at, since)))
        .orderBy(desc(auditLog.at))
        .get()
    : undefined;
  const failures: Date[] = [];
  for (const attempt of recent) {
    if (attempt.succeeded || (reset && attempt.at <= reset.at)) break;
    failures.push(new Date(attempt.at));
  }
  return lockoutState(failures, now);
}

export function lockoutFor(username: string, now = new Date()): LockoutState {
  return currentLockout(username.trim(), now);
}

/** Checks a username and password, recording the attempt; refuses while the username is locked. */
export async function signInWithPassword(usernameInput: string, password: string, now = new Date()): Promise<SignInResult> {
  const username = usernameInput.trim();
  if (!username || !password) return { ok: false, reason: 'invalid' };
  // The lock check and the recording of this attempt happen with no await between them, so
  // concurrent attempts are serialised: each is counted as a failure before its password is
  // verified, and only turned into a success afterwards.
  const lock = currentLockout(username, now);
  if (lock.locked) return { ok: false, reason: 'locked', until: lock.until };
  const db = getDb();
  const attempt = writeTransaction(db, (tx) => tx.insert(loginAttempts).values({ username, attemptedAt: now.toISOString(), succeeded: false }).returning({ id: loginAttempts.id }).get());
  const user = db.select().from(users).where(eq(users.username, username)).get();
  // An unknown or inactive username costs the same time as a wrong password: no user enumeration.
  const valid = (await verifyPassword(user?.passwordHash ?? (await dummyHash()), password)) && !!user && user.active;
  if (!valid || !user) {
    const after = currentLockout(username, now);
    return after.locked ? { ok: false, reason: 'locked', until: after.until } : { ok: false, reason: 'invalid' };
  }
  writeTransaction(db, (tx) => tx.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attempt.id)).run());
  return { ok: true, actor: { id: user.id, username: user.username, displayName: user.displayName, role: user.role } };
}

/**
 * The signed-in user as stored now: a deactivated user, a changed role or a password reset after
 * `signedInAt` (ms) takes effect at once.
 */
export function actorForUserId(id: number, signedInAt: number): Actor | null {
  const user = getDb()
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, active: users.active, passwordChangedAt: users.passwordChangedAt })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (!user || !user.active) return null;
  if (user.passwordChangedAt && Date.parse(user.passwordChangedAt) > signedInAt) return null;
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}
