import { describe, expect, it } from 'vitest';
import { addressBlock, attemptsPrunableBefore, lockoutState, relevantSince } from './lockout';

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

describe('addressBlock', () => {
  const failures = (count: number, from = 0, step = 0.5) => Array.from({ length: count }, (_, i) => at(from + i * step));

  it('lets an address fail 19 times in 15 minutes, and refuses it at the 20th', () => {
    expect(addressBlock(failures(19), at(10))).toEqual({ locked: false });
    expect(addressBlock(failures(20), at(10))).toEqual({ locked: true, until: at(15) });
  });

  it('opens again when the oldest of the last 20 leaves the window', () => {
    expect(addressBlock(failures(25), at(14.99))).toEqual({ locked: true, until: at(17.5) });
    expect(addressBlock(failures(25), at(17.5))).toEqual({ locked: false });
  });

  it('ignores failures older than 15 minutes and in the future', () => {
    expect(addressBlock([...failures(10, 0), ...failures(10, 30)], at(40))).toEqual({ locked: false });
    expect(addressBlock(failures(20, 50), at(40))).toEqual({ locked: false });
  });
});

describe('attemptsPrunableBefore', () => {
  it('is 30 days back', () => {
    expect(attemptsPrunableBefore(new Date('2026-03-31T00:00:00Z')).toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});
