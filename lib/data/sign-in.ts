import 'server-only';
import { and, desc, eq, gt, gte, inArray, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { auditLog, loginAttempts, users } from '@/db/schema';
import {
  addressBlock,
  addressRelevantSince,
  attemptsPrunableBefore,
  lockoutState,
  relevantSince,
  SIGN_IN_PASSWORD_MAX,
  SIGN_IN_USERNAME_MAX,
  type LockoutState,
} from '@/lib/domain/lockout';
import { isLoopbackAddress, UNKNOWN_ADDRESS } from '@/lib/domain/client-address';
import { isPublishedDemoPassword } from '@/lib/domain/demo-accounts';
import type { Actor } from '@/lib/domain/roles';
import { verifyPassword, dummyPasswordHash } from '@/lib/auth/password';
import { writeAudit } from './audit';
import { insertSession, newSessionId } from './sessions';

export type SignInResult =
  | { ok: true; actor: Actor; sessionId: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'demo_remote' }
  | { ok: false; reason: 'locked' | 'address_blocked'; until: Date };

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

function currentAddressBlock(clientAddress: string, now: Date): LockoutState {
  const failures = getDb()
    .select({ at: loginAttempts.attemptedAt })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.clientAddress, clientAddress), eq(loginAttempts.succeeded, false), gt(loginAttempts.attemptedAt, addressRelevantSince(now).toISOString())))
    .all();
  return addressBlock(
    failures.map((f) => new Date(f.at)),
    now,
  );
}

export function lockoutFor(username: string, now = new Date()): LockoutState {
  return currentLockout(username.trim(), now);
}

export function addressBlockFor(clientAddress: string, now = new Date()): LockoutState {
  return currentAddressBlock(clientAddress, now);
}

/** Attempts older than the retention period are deleted, a bounded batch at a time. */
export function pruneLoginAttempts(now: Date, batch = 500): number {
  const db = getDb();
  const old = db
    .select({ id: loginAttempts.id })
    .from(loginAttempts)
    .where(lt(loginAttempts.attemptedAt, attemptsPrunableBefore(now).toISOString()))
    .limit(batch)
    .all()
    .map((r) => r.id);
  if (old.length) writeTransaction(db, (tx) => tx.delete(loginAttempts).where(inArray(loginAttempts.id, old)).run());
  return old.length;
}

/**
 * Records a failed check of something only the user knows (password, second factor) and audits it
 * against a real account, with the lock or address block it triggers. Unknown usernames are kept
 * only in the pruned attempts table, so the permanent audit cannot be grown by strangers.
 */
export function recordFailure(
  username: string,
  user: { id: number; username: string } | null,
  clientAddress: string,
  now: Date,
  what: { action: string; note?: string | null },
): SignInResult {
  const lock = currentLockout(username, now);
  const block = currentAddressBlock(clientAddress, now);
  writeTransaction(getDb(), (tx) => {
    if (user) {
      writeAudit(tx, null, { entityType: 'user', entityId: user.id, action: what.action, note: what.note, clientAddress }, now);
      if (lock.locked) writeAudit(tx, null, { entityType: 'user', entityId: user.id, action: 'auth.locked', note: `暂停登录至 ${lock.until.toISOString()}`, clientAddress }, now);
    }
    if (block.locked) writeAudit(tx, null, { entityType: 'address', entityId: clientAddress, action: 'auth.address_blocked', note: username ? `最后一次尝试的用户名：${username}` : null, clientAddress }, now);
  });
  if (lock.locked) return { ok: false, reason: 'locked', until: lock.until };
  if (block.locked) return { ok: false, reason: 'address_blocked', until: block.until };
  return { ok: false, reason: 'invalid' };
}

/**
 * Checks a username and password, recording the attempt; refuses while the username is locked or
 * the address has failed too often. On success opens a session (what it still owes — second
 * factor, new password — is the session's business).
 */
export async function signInWithPassword(usernameInput: string, password: string, now = new Date(), clientAddress = UNKNOWN_ADDRESS): Promise<SignInResult> {
  const username = usernameInput.trim();
  // Out-of-bounds input is refused before anything is looked up or stored.
  if (!username || !password || username.length > SIGN_IN_USERNAME_MAX || password.length > SIGN_IN_PASSWORD_MAX) return { ok: false, reason: 'invalid' };
  pruneLoginAttempts(now);
  // The checks and the recording of this attempt happen with no await between them, so concurrent
  // attempts are serialised: each is counted as a failure before its password is verified, and
  // only turned into a success afterwards.
  const block = currentAddressBlock(clientAddress, now);
  if (block.locked) return { ok: false, reason: 'address_blocked', until: block.until };
  const lock = currentLockout(username, now);
  if (lock.locked) return { ok: false, reason: 'locked', until: lock.until };
  const db = getDb();
  const attempt = writeTransaction(db, (tx) => tx.insert(loginAttempts).values({ username, attemptedAt: now.toISOString(), succeeded: false, clientAddress }).returning({ id: loginAttempts.id }).get());
  const user = db.select().from(users).where(eq(users.username, username)).get();
  // An unknown or inactive username costs the same time as a wrong password: no user enumeration.
  const valid = (await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password)) && !!user && user.active;
  if (!valid || !user) return recordFailure(username, user ?? null, clientAddress, now, { action: 'auth.sign_in_failed', note: user && !user.active ? '账号已停用' : null });
  const demo = isPublishedDemoPassword(password);
  if (demo && !isLoopbackAddress(clientAddress)) {
    recordFailure(username, user, clientAddress, now, { action: 'auth.sign_in_failed', note: '使用公开的演示密码从其他电脑登录，已拒绝' });
    return { ok: false, reason: 'demo_remote' };
  }
  const actor: Actor = { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
  const sessionId = newSessionId();
  writeTransaction(db, (tx) => {
    tx.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attempt.id)).run();
    insertSession(tx, { id: sessionId, userId: user.id, now, clientAddress, demo, secondFactorGiven: false });
    writeAudit(tx, actor, { entityType: 'user', entityId: user.id, action: 'auth.sign_in', note: demo ? '演示账号（本机）' : null, clientAddress }, now);
  });
  return { ok: true, actor, sessionId };
}
