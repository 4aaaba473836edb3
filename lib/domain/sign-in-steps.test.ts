import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_POLICY } from './password-rules';
import { pendingStep, secondFactorRequired, type SignInFacts } from './sign-in-steps';

const now = new Date('2026-06-01T00:00:00Z');
const recent = new Date('2026-05-01T00:00:00Z');
const old = new Date('2026-01-01T00:00:00Z');
const facts = (f: Partial<SignInFacts>): SignInFacts => ({ role: 'clerk', hasSecondFactor: false, secondFactorGiven: false, mustChangePassword: false, passwordChangedAt: recent, demo: false, ...f });
const step = (f: Partial<SignInFacts>) => pendingStep(facts(f), now, DEFAULT_PASSWORD_POLICY);

describe('pendingStep', () => {
  it('owes nothing for an ordinary clerk', () => {
    expect(step({})).toBeNull();
  });

  it('asks for the second factor first, then a new password, then enrolment', () => {
    expect(step({ role: 'admin', hasSecondFactor: true, mustChangePassword: true })).toBe('second_factor');
    expect(step({ role: 'admin', hasSecondFactor: true, secondFactorGiven: true, mustChangePassword: true })).toBe('change_password');
    expect(step({ role: 'admin', mustChangePassword: true })).toBe('change_password');
    expect(step({ role: 'admin' })).toBe('enrol_second_factor');
    expect(step({ role: 'admin', hasSecondFactor: true, secondFactorGiven: true })).toBeNull();
  });

  it('asks for a new password when someone else set it or it is past the maximum age', () => {
    expect(step({ mustChangePassword: true })).toBe('change_password');
    expect(step({ passwordChangedAt: old })).toBe('change_password');
    expect(pendingStep(facts({ passwordChangedAt: old }), now, { ...DEFAULT_PASSWORD_POLICY, maxAgeDays: 0 })).toBeNull();
  });

  it('asks a demo sign-in only for a second factor the account has chosen', () => {
    expect(step({ role: 'admin', demo: true, passwordChangedAt: old })).toBeNull();
    expect(step({ role: 'admin', demo: true, hasSecondFactor: true })).toBe('second_factor');
  });

  it('requires a second factor of administrators only', () => {
    expect(['clerk', 'supervisor', 'admin', 'auditor'].filter((r) => secondFactorRequired(r as SignInFacts['role']))).toEqual(['admin']);
  });
});
