'use client';

import type { ActionState } from '@/lib/action-state';
import { ActionForm } from '@/components/action-form';
import { TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

export function DisableSecondFactorForm({ action }: { action: (s: ActionState, f: FormData) => Promise<ActionState> }) {
  return (
    <ActionForm action={action} label="停用双因素认证">
      {(s) => (
        <>
          <TextField name="password" label="当前密码" type="password" autoComplete="current-password" required errors={s.fieldErrors?.password} />
          <SubmitButton className="btn-danger">停用双因素认证</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
