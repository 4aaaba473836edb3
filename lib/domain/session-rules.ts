// When a signed-in session ends (等保 2.0 第三级: 登录连接超时自动退出). Both limits are enforced on
// the server from the session record, whatever the browser's cookie says.

/** One working day from sign-in; activity never extends it. */
export const ABSOLUTE_LIFETIME_MS = 8 * 60 * 60 * 1000;

export const DEFAULT_IDLE_MINUTES = 30;
export const IDLE_MINUTES_BOUNDS = { min: 5, max: 240 };

/** Activity is written back at most this often, so reading pages does not mean writing each time. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

/** Ended sessions are kept this long (for the previous-sign-in notice), then pruned. */
export const SESSION_RETENTION_DAYS = 30;

export type SessionTimes = { signedInAt: Date; lastSeenAt: Date; revokedAt: Date | null };
export type SessionStatus = 'active' | 'idle' | 'expired' | 'revoked';

export function sessionStatus(s: SessionTimes, now: Date, idleMinutes: number): SessionStatus {
  if (s.revokedAt) return 'revoked';
  if (now.getTime() >= s.signedInAt.getTime() + ABSOLUTE_LIFETIME_MS) return 'expired';
  if (now.getTime() - s.lastSeenAt.getTime() >= idleMinutes * 60_000) return 'idle';
  return 'active';
}

/** Whether this request should record activity on the session. */
export function needsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}

/** Sessions signed in before this moment have ended long enough ago to be deleted. */
export function sessionsPrunableBefore(now: Date): Date {
  return new Date(now.getTime() - ABSOLUTE_LIFETIME_MS - SESSION_RETENTION_DAYS * 86_400_000);
}

export const SESSION_END_MESSAGES: Record<Exclude<SessionStatus, 'active'>, string> = {
  idle: '您已较长时间未操作，为保护数据已自动退出，请重新登录。',
  expired: '登录已超过 8 小时，请重新登录。',
  revoked: '该登录已失效（已退出、密码已更改或账号已被调整），请重新登录。',
};
