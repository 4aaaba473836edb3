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
