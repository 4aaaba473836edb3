'use server';

import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/lib/auth/auth';
import { lockoutFor } from '@/lib/data/sign-in';
import { lockoutMessage } from '@/lib/domain/lockout';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { DATABASE_BUSY_MESSAGE } from '@/lib/domain/errors';

export type LoginState = { message?: string; fieldErrors?: { username?: string[]; password?: string[] }; username?: string };

/** Only same-site paths: a callback URL can never send staff to another site. */
function safeCallback(value: FormDataEntryValue | null): string {
  const url = typeof value === 'string' ? value : '';
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/login') ? url : '/';
}

export async function loginAction(_prev: LoginState, form: FormData): Promise<LoginState> {
  const username = String(form.get('username') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const fieldErrors: LoginState['fieldErrors'] = {};
  if (!username) fieldErrors.username = ['请填写用户名。'];
  if (!password) fieldErrors.password = ['请填写密码。'];
  if (fieldErrors.username || fieldErrors.password) return { fieldErrors, username };

  const locked = (): LoginState | null => {
    const lock = lockoutFor(username);
    return lock.locked ? { message: lockoutMessage(lock.until, (d) => formatChinaDateTime(d.toISOString()).slice(11)), username } : null;
  };
  const before = locked();
  if (before) return before;
  try {
    await signIn('credentials', { username, password, redirectTo: safeCallback(form.get('callbackUrl')) });
  } catch (error) {
    if (error instanceof AuthError) {
      if ((error as { code?: string }).code === 'busy') return { message: DATABASE_BUSY_MESSAGE, username };
      return locked() ?? { message: '用户名或密码不正确，或账号已停用。请检查后重试。', username };
    }
    throw error; // the redirect after a successful sign-in
  }
  return {};
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/login' });
}
