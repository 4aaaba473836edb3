import { describe, expect, it } from 'vitest';
import { needsTouch, sessionsPrunableBefore, sessionStatus } from './session-rules';

const t0 = new Date('2026-03-02T01:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const session = (lastSeen: number, revoked: number | null = null) => ({ signedInAt: at(0), lastSeenAt: at(lastSeen), revokedAt: revoked === null ? null : at(revoked) });

describe('sessionStatus', () => {
  it('is active until the idle timeout has passed since the last request', () => {
    expect(sessionStatus(session(0), at(29.99), 30)).toBe('active');
    expect(sessionStatus(session(0), at(30), 30)).toBe('idle');
    expect(sessionStatus(session(100), at(129), 30)).toBe('active');
    expect(sessionStatus(session(100), at(111), 10)).toBe('idle');
  });

  it('expires 8 hours after sign-in, however recent the last request', () => {
    expect(sessionStatus(session(479), at(479.99), 30)).toBe('active');
    expect(sessionStatus(session(479.99), at(480), 30)).toBe('expired');
  });

  it('is revoked once revoked, before anything else', () => {
    expect(sessionStatus(session(0, 1), at(2), 30)).toBe('revoked');
    expect(sessionStatus(session(0, 1), at(600), 30)).toBe('revoked');
  });
});

describe('needsTouch', () => {
  it('records activity at most once a minute', () => {
    expect(needsTouch(at(0), at(0.99))).toBe(false);
    expect(needsTouch(at(0), at(1))).toBe(true);
  });
});

describe('sessionsPrunableBefore', () => {
  it('keeps sessions for 30 days after they could last have ended', () => {
    expect(sessionsPrunableBefore(new Date('2026-03-31T08:00:00Z')).toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});
