import type { Role } from './roles';
import { passwordExpired, type PasswordPolicy } from './password-rules';

// What a user still owes after the password before anything else opens, in this order: the second
// factor (if they have one), a new password (if someone else set it, or it is too old), then
// enrolling a second factor (if their role requires one).

export type PendingStep = 'second_factor' | 'change_password' | 'enrol_second_factor';

export const PENDING_STEP_PATHS: Record<PendingStep, string> = {
  second_factor: '/login/verify',
  change_password: '/login/change-password',
  enrol_second_factor: '/login/enrol',
};

/** 等保 level 3 asks two kinds of authentication of privileged users: administrators. */
export function secondFactorRequired(role: Role): boolean {
  return role === 'admin';
}

export type SignInFacts = {
  role: Role;
  hasSecondFactor: boolean;
  secondFactorGiven: boolean;
  mustChangePassword: boolean;
  passwordChangedAt: Date;
  /** Signed in with the published demo password, from the server's own machine. */
  demo: boolean;
};

/**
 * The step still owed, or null when the user is fully signed in. A demo sign-in (only possible on
 * the server's own machine) is not pushed to change the published password or to enrol, so the
 * demo stays one click away; a second factor the account has enrolled is still asked for.
 */
export function pendingStep(facts: SignInFacts, now: Date, policy: PasswordPolicy): PendingStep | null {
  if (facts.hasSecondFactor && !facts.secondFactorGiven) return 'second_factor';
  if (facts.demo) return null;
  if (facts.mustChangePassword || passwordExpired(facts.passwordChangedAt, now, policy)) return 'change_password';
  if (secondFactorRequired(facts.role) && !facts.hasSecondFactor) return 'enrol_second_factor';
  return null;
}
