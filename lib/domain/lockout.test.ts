import { describe, expect, it } from 'vitest';
import { lockoutState, relevantSince } from './lockout';

const t0 = new Date('2026-03-02T01:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('lockoutState', () => {
  it('is not locked after four failures', () => {
    expect(lockoutState([at(0), at(1), at(2), at(3)], at(4))).toEqual({ locked: false });
  });

  it('locks for 15 minutes from the fifth failure within 15 minutes', () => {
    const failures = [at(0), at(2), at(4), at(6), at(10)];
    expect(lockoutState(failures, at(11))).toEqual({ locked: true, until: at(25) });
    expect(lockoutState(failures, at(24.9)).locked).toBe(true);
    expect(lockoutState(failures, at(25))).toEqual({ locked: false });
  });

  it('does not lock when five failures are spread over more than 15 minutes', () => {
    expect(lockoutState([at(0), at(4), at(8), at(12), at(16)], at(16.5))).toEqual({ locked: false });
  });

  it('counts exactly 15 minutes as within the window', () => {
    expect(lockoutState([at(0), at(5), at(10), at(12), at(15)], at(15.5)).locked).toBe(true);
  });

  it('uses the latest qualifying run and ignores input order', () => {
    const failures = [at(30), at(0), at(1), at(2), at(3), at(4), at(31), at(32), at(33), at(34)];
    expect(lockoutState(failures, at(18))).toEqual({ locked: true, until: at(19) });
    expect(lockoutState(failures, at(35))).toEqual({ locked: true, until: at(49) });
  });

  it('looks back over the window plus the lock', () => {
    expect(relevantSince(at(60))).toEqual(at(30));
  });
});
