'use client';

import type { ActionState } from '@/lib/action-state';
import { ActionForm } from '@/components/action-form';
import { TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

export function ChangePasswordForm({ action, rules }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; rules: string }) {
  return (
    <ActionForm action={action} label="修改密码">
      {(s) => (
        <>
          <TextField name="currentPassword" label="当前密码" type="password" autoComplete="current-password" required errors={s.fieldErrors?.currentPassword} />
          <TextField name="newPassword" label="新密码" type="password" autoComplete="new-password" required errors={s.fieldErrors?.newPassword} hint={rules} />
          <TextField name="confirmPassword" label="再次输入新密码" type="password" autoComplete="new-password" required errors={s.fieldErrors?.confirmPassword} />
          <SubmitButton pendingText="正在保存…">修改密码</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
