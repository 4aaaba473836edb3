'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { signIn, signOut } from '@/lib/auth/auth';
import { requestAddress } from '@/lib/auth/request-address';
import { addressBlockFor, lockoutFor } from '@/lib/data/sign-in';
import { addressBlockMessage, lockoutMessage } from '@/lib/domain/lockout';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { signInSchema } from '@/lib/domain/validation/user';
import { DATABASE_BUSY_MESSAGE } from '@/lib/domain/errors';

export type LoginState = { message?: string; fieldErrors?: { username?: string[]; password?: string[] }; username?: string };

/** Only same-site paths: a callback URL can never send staff to another site. */
function safeCallback(value: FormDataEntryValue | null): string {
  const url = typeof value === 'string' ? value : '';
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/login') ? url : '/';
}

const clock = (d: Date) => formatChinaDateTime(d.toISOString()).slice(11);

export async function loginAction(_prev: LoginState, form: FormData): Promise<LoginState> {
  const parsed = signInSchema.safeParse({ username: String(form.get('username') ?? ''), password: String(form.get('password') ?? '') });
  const shownUsername = String(form.get('username') ?? '').trim().slice(0, 64);
  // With a message, so the error summary takes focus and links to each empty field (not the page body).
  if (!parsed.success) return { message: '请按提示填写后再登录。', fieldErrors: z.flattenError(parsed.error).fieldErrors, username: shownUsername };
  const { username, password } = parsed.data;
  const address = await requestAddress();

  const refusal = (): LoginState | null => {
    const block = addressBlockFor(address);
    if (block.locked) return { message: addressBlockMessage(block.until, clock), username };
    const lock = lockoutFor(username);
    return lock.locked ? { message: lockoutMessage(lock.until, clock), username } : null;
  };
  const before = refusal();
  if (before) return before;
  try {
    await signIn('credentials', { username, password, redirectTo: safeCallback(form.get('callbackUrl')) });
  } catch (error) {
    if (error instanceof AuthError) {
      if ((error as { code?: string }).code === 'busy') return { message: DATABASE_BUSY_MESSAGE, username };
      if (error instanceof CredentialsSignin && error.code === 'demo_remote') {
        return { message: '公开的演示密码只能在服务器本机上使用。请在服务器本机登录并修改密码，或请管理员重置密码。', username };
      }
      return refusal() ?? { message: '用户名或密码不正确，或账号已停用。请检查后重试。', username };
    }
    throw error; // the redirect after a successful sign-in
  }
  return {};
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/login' });
}
