'use client';

import type { ActionState } from '@/lib/action-state';
import { ROLES } from '@/lib/domain/roles';
import { ActionForm } from '@/components/action-form';
import { SelectField, TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

export function NewUserForm({ action, rules }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; rules: string }) {
  return (
    <ActionForm action={action} label="新建用户" className="grid gap-3 md:grid-cols-5">
      {(s) => (
        <>
          <TextField name="username" label="用户名" required defaultValue={s.ok ? '' : s.values?.username} errors={s.fieldErrors?.username} maxLength={32} autoComplete="off" />
          <TextField name="displayName" label="姓名" required defaultValue={s.ok ? '' : s.values?.displayName} errors={s.fieldErrors?.displayName} maxLength={50} />
          <SelectField name="role" label="角色" required defaultValue={s.ok ? '' : s.values?.role} errors={s.fieldErrors?.role} options={ROLES.map((r) => ({ value: r.code, label: r.label }))} />
          <TextField name="password" label="初始密码" type="password" required errors={s.fieldErrors?.password} autoComplete="new-password" hint={`${rules}本人首次登录时须修改。`} />
          <div className="flex items-end">
            <SubmitButton>新建用户</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
