import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { sessionIdOfCookies } from './session-token';
import { resolveSession, type SignInState } from '@/lib/data/sessions';
import { PENDING_STEP_PATHS, type PendingStep } from '@/lib/domain/sign-in-steps';
import type { Actor } from '@/lib/domain/roles';

/** The session behind this request, checked against the sessions table once per request. */
export const currentSignIn = cache(async (): Promise<SignInState | null> => {
  const jar = await cookies();
  const sid = await sessionIdOfCookies((name) => jar.get(name)?.value);
  return sid === null ? null : resolveSession(sid);
});

/** The signed-in, still active user who owes no sign-in step, read fresh from the database. */
export const currentUser = cache(async (): Promise<Actor | null> => {
  const s = await currentSignIn();
  return s?.status === 'active' && !s.pending ? s.actor : null;
});

type ActiveSignIn = Extract<SignInState, { status: 'active' }>;

/** For pages and actions: the fully signed-in session, or the page that comes first. */
export async function requireSignIn(): Promise<ActiveSignIn> {
  const s = await currentSignIn();
  if (!s) redirect('/login');
  if (s.status !== 'active') redirect(`/login?ended=${s.status}`);
  if (s.pending) redirect(PENDING_STEP_PATHS[s.pending]);
  return s;
}

/** For pages and actions: the user, or a redirect to the sign-in page (or the step still owed). */
export async function requireUser(): Promise<Actor> {
  return (await requireSignIn()).actor;
}

/** For the pages of a sign-in step: the session that owes exactly this step. */
export async function requireSignInStep(step: PendingStep): Promise<ActiveSignIn> {
  const s = await currentSignIn();
  if (!s) redirect('/login');
  if (s.status !== 'active') redirect(`/login?ended=${s.status}`);
  if (s.pending !== step) redirect(s.pending ? PENDING_STEP_PATHS[s.pending] : '/');
  return s;
}

/** For actions shared by a sign-in step and the signed-in account page (change password, enrol). */
export async function requireSignInAllowing(allowed: (PendingStep | null)[]): Promise<ActiveSignIn> {
  const s = await currentSignIn();
  if (!s) redirect('/login');
  if (s.status !== 'active') redirect(`/login?ended=${s.status}`);
  if (!allowed.includes(s.pending)) redirect(s.pending ? PENDING_STEP_PATHS[s.pending] : '/');
  return s;
}
