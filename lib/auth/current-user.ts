import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { auth } from './auth';
import { actorForUserId } from '@/lib/data/sign-in';
import type { Actor } from '@/lib/domain/roles';

/** The signed-in, still active user, read fresh from the database once per request. */
export const currentUser = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  return actorForUserId(id, (session?.user as { signedInAt?: number } | undefined)?.signedInAt ?? 0);
});

/** For pages and actions: the user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<Actor> {
  const user = await currentUser();
  if (!user) redirect('/login');
  return user;
}
