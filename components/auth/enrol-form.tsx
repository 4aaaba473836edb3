'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/action-state';
import { stateKey } from '@/components/form/state-key';
import { FormMessage } from '@/components/form/form-message';
import { TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

/** The enrolment form's state: after the code is confirmed, the recovery codes to show once. */
export type EnrolState = ActionState & { recoveryCodes?: string[] };

/**
 * Enrolment: scan (children: the QR code and the key as text), type the code the app shows; then the
 * recovery codes, shown this once.
 */
export function EnrolForm({ action, sealed, continueHref, children }: { action: (s: EnrolState, f: FormData) => Promise<EnrolState>; sealed: string; continueHref: string; children: React.ReactNode }) {
  const [state, formAction] = useActionState(action, {});
  if (state.recoveryCodes) {
    return (
      <div className="space-y-3">
        <FormMessage tone="success" message={state.message} focusKey={stateKey(state)} />
        <p className="text-sm">
          请把下面 10 个<strong>恢复码</strong>抄写或打印后妥善保管。手机丢失时，每个恢复码可代替动态验证码登录一次。它们只显示这一次。
        </p>
        <ol className="grid grid-cols-2 gap-1 rounded border border-slate-300 bg-slate-50 p-3 font-mono text-sm" data-testid="recovery-codes">
          {state.recoveryCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
        <Link prefetch={false} href={continueHref} className="btn-primary inline-block">
          我已保存恢复码，继续
        </Link>
      </div>
    );
  }
  return (
    <form key={stateKey(state)} action={formAction} className="space-y-3" noValidate aria-label="启用双因素认证">
      <FormMessage message={state.message} />
      {children}
      <input type="hidden" name="sealed" value={sealed} />
      <TextField name="code" label="验证器应用显示的 6 位数字" autoComplete="one-time-code" required maxLength={20} errors={state.fieldErrors?.code} />
      <SubmitButton pendingText="正在验证…">验证并启用</SubmitButton>
    </form>
  );
}
