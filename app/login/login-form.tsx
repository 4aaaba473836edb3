'use client';

import { stateKey } from '@/components/form/state-key';
import { useActionState } from 'react';
import { loginAction, type LoginState } from './actions';
import { TextField } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState<LoginState, FormData>(loginAction, {});
  return (
    <form key={stateKey(state)} action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField name="username" label="用户名" autoComplete="username" defaultValue={state.username} errors={state.fieldErrors?.username} required />
      <TextField name="password" label="密码" type="password" autoComplete="current-password" errors={state.fieldErrors?.password} required />
      <SubmitButton pendingText="正在登录…" className="btn-primary w-full">
        登录
      </SubmitButton>
    </form>
  );
}
