'use client';

import type { ActionState } from '@/lib/action-state';
import { ActionForm } from '@/components/action-form';
import { TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

export function CodeForm({ action }: { action: (s: ActionState, f: FormData) => Promise<ActionState> }) {
  return (
    <ActionForm action={action} label="双因素认证">
      {(s) => (
        <>
          <TextField name="code" label="动态验证码" autoComplete="one-time-code" required maxLength={20} errors={s.fieldErrors?.code} hint="打开手机上的验证器应用，输入“依申请公开办理台”当前显示的 6 位数字。手机丢失时可输入一个恢复码。" />
          <SubmitButton pendingText="正在验证…" className="btn-primary w-full">
            验证
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
