// Sign-in lockout: after MAX_FAILURES wrong passwords for one username within WINDOW_MINUTES,
// sign-in for that username is refused for LOCK_MINUTES from the last of those failures.

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

const MINUTE_MS = 60_000;

export type LockoutState = { locked: false } | { locked: true; until: Date };

/**
 * `failures` are the times of wrong passwords since the username's last successful sign-in
 * (and since an administrator's password reset), in any order.
 */
export function lockoutState(failures: Date[], now: Date): LockoutState {
  const times = failures
    .map((f) => f.getTime())
    .filter((t) => t <= now.getTime())
    .sort((a, b) => a - b);
  // Scan every run of MAX_FAILURES consecutive failures; the lock starts at the last of a run
  // that fits in the window, and the latest such lock is the one that matters.
  let lockedUntil = 0;
  for (let i = MAX_FAILURES - 1; i < times.length; i++) {
    if (times[i] - times[i - MAX_FAILURES + 1] <= WINDOW_MINUTES * MINUTE_MS) {
      lockedUntil = Math.max(lockedUntil, times[i] + LOCK_MINUTES * MINUTE_MS);
    }
  }
  return lockedUntil > now.getTime() ? { locked: true, until: new Date(lockedUntil) } : { locked: false };
}

/** Only failures this recent can still matter: the window plus the lock. */
export function relevantSince(now: Date): Date {
  return new Date(now.getTime() - (WINDOW_MINUTES + LOCK_MINUTES) * MINUTE_MS);
}

export function lockoutMessage(until: Date, formatTime: (d: Date) => string): string {
  return `该账号已连续 ${MAX_FAILURES} 次输错密码，已暂停登录 ${LOCK_MINUTES} 分钟。请于 ${formatTime(until)} 之后再试，或请管理员重置密码。`;
}

// Per-address limit: one address may fail at most ADDRESS_MAX_FAILURES sign-ins within any
// ADDRESS_WINDOW_MINUTES; further attempts from it are refused without being checked or counted
// against any username. So one address can lock at most a handful of accounts at a time, never
// the whole staff.

export const ADDRESS_MAX_FAILURES = 20;
export const ADDRESS_WINDOW_MINUTES = 15;

/** `failures` are the times of failed sign-ins from one address, in any order. */
export function addressBlock(failures: Date[], now: Date): LockoutState {
  const windowStart = now.getTime() - ADDRESS_WINDOW_MINUTES * MINUTE_MS;
  const recent = failures
    .map((f) => f.getTime())
    .filter((t) => t > windowStart && t <= now.getTime())
    .sort((a, b) => b - a);
  if (recent.length < ADDRESS_MAX_FAILURES) return { locked: false };
  // Open again once the oldest failure that keeps the count at the limit leaves the window.
  return { locked: true, until: new Date(recent[ADDRESS_MAX_FAILURES - 1] + ADDRESS_WINDOW_MINUTES * MINUTE_MS) };
}

export function addressRelevantSince(now: Date): Date {
  return new Date(now.getTime() - ADDRESS_WINDOW_MINUTES * MINUTE_MS);
}

export function addressBlockMessage(until: Date, formatTime: (d: Date) => string): string {
  return `从您所在的网络地址登录失败的次数过多，已暂停从该地址登录。请于 ${formatTime(until)} 之后再试。`;
}

/** Sign-in attempts older than this serve no lock any more and are deleted. */
export const ATTEMPT_RETENTION_DAYS = 30;

export function attemptsPrunableBefore(now: Date): Date {
  return new Date(now.getTime() - ATTEMPT_RETENTION_DAYS * 86_400_000);
}

/** Bounds of what the sign-in form accepts, before anything is looked up or stored. */
export const SIGN_IN_USERNAME_MAX = 64;
export const SIGN_IN_PASSWORD_MAX = 128;
