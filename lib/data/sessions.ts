import 'server-only';
import { and, count, desc, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { auditLog, sessions, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { needsTouch, sessionsPrunableBefore, sessionStatus, type SessionStatus } from '@/lib/domain/session-rules';
import { pendingStep, type PendingStep } from '@/lib/domain/sign-in-steps';
import { readSecuritySettings } from './security-settings';
import { writeAudit } from './audit';
import { prepared } from './prepared-queries';
import { whileUnchanged } from './while-unchanged';

type Tx = Pick<Db, 'insert' | 'update' | 'select' | 'delete'>;

export type SignInState =
  | { status: 'active'; sessionId: string; actor: Actor; pending: PendingStep | null; signedInAt: string; demo: boolean }
  | { status: Exclude<SessionStatus, 'active'> };

export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/** Records a sign-in that passed the password; call it in the transaction that records the sign-in. */
export function insertSession(tx: Tx, s: { id: string; userId: number; now: Date; clientAddress: string; demo: boolean; secondFactorGiven: boolean }): void {
  const at = s.now.toISOString();
  tx.insert(sessions)
    .values({ id: s.id, userId: s.userId, signedInAt: at, lastSeenAt: at, clientAddress: s.clientAddress, demo: s.demo, secondFactorAt: s.secondFactorGiven ? at : null })
    .run();
  tx.delete(sessions).where(lt(sessions.signedInAt, sessionsPrunableBefore(s.now).toISOString())).run();
}

// Read on every request (the proxy, then the page): built once per connection (prepared-queries.ts)
// and the row kept while the database is unchanged (while-unchanged.ts). A sign-out, a revocation,
// a deactivation and the once-a-minute touch are writes and discard it; the row's status is worked
// out against the clock on every request, so the idle and 8-hour limits hold to the second.
function loadSession(db: Db, id: string) {
  return whileUnchanged(db, `session|${id}`, () => prepared(db, 'sessions.load', () => buildLoadSession(db)).get({ id }));
}

function buildLoadSession(db: Db) {
  return db
    .select({ s: sessions, u: { id: users.id, username: users.username, displayName: users.displayName, role: users.role, active: users.active, mustChangePassword: users.mustChangePassword, passwordChangedAt: users.passwordChangedAt, createdAt: users.createdAt, totpSecret: users.totpSecret } })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare();
}

function statusOf(row: NonNullable<ReturnType<typeof loadSession>>, now: Date, idleMinutes: number): SessionStatus {
  if (!row.u.active) return 'revoked';
  return sessionStatus(
    { signedInAt: new Date(row.s.signedInAt), lastSeenAt: new Date(row.s.lastSeenAt), revokedAt: row.s.revokedAt ? new Date(row.s.revokedAt) : null },
    now,
    idleMinutes,
  );
}

/** Whether a session may still be used; reads only (the session endpoint must not extend anything). */
export function sessionIsOpen(id: string, now = new Date()): boolean {
  const db = getDb();
  const row = loadSession(db, id);
  return !!row && statusOf(row, now, readSecuritySettings(db).idleMinutes) === 'active';
}

/**
 * The session behind a request: who, and what they still owe before anything else opens. Records
 * activity (at most once a minute); an idle or expired session is ended on the server here.
 */
export function resolveSession(id: string, now = new Date()): SignInState | null {
  const db = getDb();
  const row = loadSession(db, id);
  if (!row) return null;
  const security = readSecuritySettings(db);
  const status = statusOf(row, now, security.idleMinutes);
  if (status !== 'active') {
    if (!row.s.revokedAt) db.update(sessions).set({ revokedAt: now.toISOString() }).where(eq(sessions.id, id)).run();
    return { status };
  }
  if (needsTouch(new Date(row.s.lastSeenAt), now)) db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, id)).run();
  const { u } = row;
  const pending = pendingStep(
    {
      role: u.role,
      hasSecondFactor: u.totpSecret !== null,
      secondFactorGiven: row.s.secondFactorAt !== null,
      mustChangePassword: u.mustChangePassword,
      passwordChangedAt: new Date(u.passwordChangedAt ?? u.createdAt),
      demo: row.s.demo,
    },
    now,
    security.password,
  );
  return { status: 'active', sessionId: id, actor: { id: u.id, username: u.username, displayName: u.displayName, role: u.role }, pending, signedInAt: row.s.signedInAt, demo: row.s.demo };
}

/** Sign-out: the session ends on the server, so a copy of the cookie stops working too. */
export function signOutSession(id: string, clientAddress: string, now = new Date()): void {
  const db = getDb();
  const row = loadSession(db, id);
  if (!row || row.s.revokedAt) return;
  // A session that had already ended (idle, 8 hours, account deactivated) is closed without a
  // sign-out record: an old cookie must not be able to write to the audit log.
  if (statusOf(row, now, readSecuritySettings(db).idleMinutes) !== 'active') {
    db.update(sessions).set({ revokedAt: now.toISOString() }).where(eq(sessions.id, id)).run();
    return;
  }
  writeTransaction(db, (tx) => {
    tx.update(sessions).set({ revokedAt: now.toISOString() }).where(eq(sessions.id, id)).run();
    writeAudit(tx, { id: row.u.id, username: row.u.username, displayName: row.u.displayName, role: row.u.role }, { entityType: 'user', entityId: row.u.id, action: 'auth.sign_out', clientAddress }, now);
  });
}

/** Ends every open session of a user (password reset, deactivation), or every other one. */
export function revokeUserSessions(tx: Tx, userId: number, now: Date, exceptId?: string): void {
  const open = and(eq(sessions.userId, userId), isNull(sessions.revokedAt));
  tx.update(sessions)
    .set({ revokedAt: now.toISOString() })
    .where(exceptId ? and(open, ne(sessions.id, exceptId)) : open)
    .run();
}

export function markSecondFactorGiven(tx: Tx, id: string, now: Date): void {
  tx.update(sessions).set({ secondFactorAt: now.toISOString() }).where(eq(sessions.id, id)).run();
}

export type SignInNotice = { previous: { at: string; clientAddress: string | null } | null; failedSince: number };

// Both ends of what the notice counts lie before this sign-in, so it never changes during a
// session: worked out once per session (and remembered for the most recent ones), not per page.
const notices = new Map<string, SignInNotice>();
const NOTICES_REMEMBERED = 1000;

/** 鉴别警示: the user's previous sign-in, and the failed attempts on the account since then. */
export function signInNotice(actor: Actor, signedInAt: string): SignInNotice {
  const key = `${actor.id}|${signedInAt}`;
  let notice = notices.get(key);
  if (!notice) {
    notice = readSignInNotice(actor, signedInAt);
    if (notices.size >= NOTICES_REMEMBERED) notices.delete(notices.keys().next().value!);
    notices.set(key, notice);
  }
  return notice;
}

function readSignInNotice(actor: Actor, signedInAt: string): SignInNotice {
  const db = getDb();
  const mine = and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, String(actor.id)));
  const previous =
    db
      .select({ at: auditLog.at, clientAddress: auditLog.clientAddress })
      .from(auditLog)
      .where(and(mine, eq(auditLog.action, 'auth.sign_in'), lt(auditLog.at, signedInAt)))
      .orderBy(desc(auditLog.id))
      .limit(1)
      .get() ?? null;
  const failedSince =
    db
      .select({ n: count() })
      .from(auditLog)
      .where(and(mine, eq(auditLog.action, 'auth.sign_in_failed'), lt(auditLog.at, signedInAt), previous ? gt(auditLog.at, previous.at) : sql`1`))
      .get()?.n ?? 0;
  return { previous, failedSince };
}
