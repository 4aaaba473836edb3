import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { settings, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canReceiveDigest, isDigestSender } from '@/lib/domain/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import type { DigestSettings } from '@/lib/domain/validation/digest';
import { diffFields, writeAudit } from './audit';

// Who gets the morning digest (each user decides for themselves under 我的账号), and the day it was
// last sent, so that the command line and the server's timer never send it twice in a day.

export function readDigestSettings(actor: Actor): DigestSettings {
  if (actor.id === null) return { email: null, digest: false };
  const row = getDb().select({ email: users.email, digest: users.digest }).from(users).where(eq(users.id, actor.id)).get();
  return { email: row?.email ?? null, digest: row?.digest ?? false };
}

/** The signed-in user's own address and choice; audited. */
export function updateDigestSettings(actor: Actor, next: DigestSettings): void {
  if (actor.id === null) throw new ForbiddenError('命令行没有自己的邮箱设置。');
  if (!canReceiveDigest(actor)) throw new ForbiddenError('审计员没有待办事项，不发送待办提醒邮件。');
  const id = actor.id;
  const changes = diffFields(readDigestSettings(actor), next);
  if (Object.keys(changes).length === 0) return;
  writeTransaction(getDb(), (tx) => {
    tx.update(users).set({ email: next.email, digest: next.digest, updatedAt: new Date().toISOString() }).where(eq(users.id, id)).run();
    writeAudit(tx, actor, { entityType: 'user', entityId: id, action: 'user.update_digest', changes });
  });
}

export type DigestRecipient = { actor: Actor; email: string };

/** Active users who asked for the digest and gave an address. */
export function digestRecipients(system: Actor): DigestRecipient[] {
  if (!isDigestSender(system)) throw new ForbiddenError();
  return getDb()
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, email: users.email })
    .from(users)
    .where(and(eq(users.active, true), eq(users.digest, true), isNotNull(users.email)))
    .all()
    .map(({ email, ...u }) => ({ actor: u, email: email! }))
    .filter((r) => canReceiveDigest(r.actor));
}

const SENT_KEY = 'digestSentOn';

export function digestSentOn(system: Actor): string | null {
  if (!isDigestSender(system)) throw new ForbiddenError();
  return getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, SENT_KEY)).get()?.value ?? null;
}

/**
 * Claims `day` for sending: true for the one caller that claims it first (the command line and the
 * server's timer may both try), false when it was claimed already.
 */
export function claimDigestDay(system: Actor, day: string): boolean {
  if (!isDigestSender(system)) throw new ForbiddenError();
  return writeTransaction(getDb(), (tx) => {
    const sent = tx.select({ value: settings.value }).from(settings).where(eq(settings.key, SENT_KEY)).get()?.value;
    if (sent === day) return false;
    tx.insert(settings).values({ key: SENT_KEY, value: day }).onConflictDoUpdate({ target: settings.key, set: { value: day } }).run();
    return true;
  });
}

/**
 * Gives `day` back when its digest reached nobody (the mail server down, every address refused), so
 * that the next run that day (the timer's next tick, cron again, or by hand) tries again instead of
 * finding the day sent. A day someone else claimed since is left alone.
 */
export function releaseDigestDay(system: Actor, day: string): void {
  if (!isDigestSender(system)) throw new ForbiddenError();
  writeTransaction(getDb(), (tx) => tx.delete(settings).where(and(eq(settings.key, SENT_KEY), eq(settings.value, day))).run());
}
