import 'server-only';
import { chinaDate } from '@/lib/domain/dates';
import { isWorkingDay } from '@/lib/domain/calendar/work-calendar';
import { digestMessage } from '@/lib/domain/digest';
import type { Actor } from '@/lib/domain/roles';
import { claimDigestDay, digestRecipients, releaseDigestDay } from '@/lib/data/digest';
import { readSettings } from '@/lib/data/settings';
import { todoFor } from '@/lib/data/todo';
import { loadWorkCalendar } from '@/lib/data/work-calendar';
import type { Mailer } from './transport';

// The morning digest: on a working day, once, each user who asked for it gets their to-do list by
// e-mail (nothing when the list is empty). Run by `ogi digest` (cron) or by the server's own timer
// (instrumentation.ts, OGI_DIGEST_HOUR); whichever comes first that day sends, the other finds the
// day claimed.

/** The system sending the digest: reads each recipient's list on the operator's authority. */
export const DIGEST_SYSTEM: Actor = { id: null, username: 'digest', displayName: '待办提醒', role: 'admin' };

/** How many items of each kind a mail lists before pointing to the rest. */
const ITEMS_PER_KIND = 20;

export type DigestRun =
  | { status: 'not_working_day'; day: string }
  | { status: 'already_sent'; day: string }
  /** retry: nothing reached anyone, so the day was given back and the next run tries again. */
  | { status: 'sent'; day: string; sent: string[]; nothingToDo: number; failed: { email: string; reason: string }[]; retry: boolean };

export async function sendDigests(mailer: Mailer, options: { now?: Date; baseUrl: string; force?: boolean }): Promise<DigestRun> {
  const day = chinaDate(options.now ?? new Date());
  if (!options.force) {
    if (!isWorkingDay(loadWorkCalendar(), day)) return { status: 'not_working_day', day };
    if (!claimDigestDay(DIGEST_SYSTEM, day)) return { status: 'already_sent', day };
  }
  const claimed = !options.force;
  try {
    return await sendEach(mailer, day, options.baseUrl, claimed);
  } catch (error) {
    if (claimed) releaseDigestDay(DIGEST_SYSTEM, day);
    throw error;
  }
}

async function sendEach(mailer: Mailer, day: string, baseUrl: string, claimed: boolean): Promise<DigestRun> {
  const { agencyName } = readSettings();
  const run = { status: 'sent' as const, day, sent: [] as string[], nothingToDo: 0, failed: [] as { email: string; reason: string }[], retry: false };
  for (const r of digestRecipients(DIGEST_SYSTEM)) {
    const message = digestMessage({ displayName: r.actor.displayName, agencyName, today: day, baseUrl, groups: todoFor(r.actor, { limit: ITEMS_PER_KIND }) });
    if (!message) {
      run.nothingToDo += 1;
      continue;
    }
    try {
      await mailer.send({ to: r.email, ...message });
      run.sent.push(r.email);
    } catch (error) {
      // One refused address does not stop the others.
      run.failed.push({ email: r.email, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  // Sent to some: the day stands (a retry would mail them twice); the failures are reported.
  if (claimed && run.sent.length === 0 && run.failed.length > 0) {
    releaseDigestDay(DIGEST_SYSTEM, day);
    run.retry = true;
  }
  return run;
}

/** The address links in the mail point to: AUTH_URL when set (behind a proxy), else this server. */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.AUTH_URL || `http://${env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : '127.0.0.1'}:${env.PORT || 3000}`;
}
