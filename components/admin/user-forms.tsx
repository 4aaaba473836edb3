'use client';

import type { ActionState } from '@/lib/action-state';
import { ROLES, type Role } from '@/lib/domain/roles';
import { ActionForm } from '@/components/action-form';
import { SelectField, TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function ResetPasswordForm({ action, rules }: { action: Action; rules: string }) {
  return (
    <ActionForm action={action} label="重置密码">
      {(s) => (
        <>
          <TextField name="password" label="新密码" type="password" required errors={s.fieldErrors?.password} autoComplete="new-password" hint={`${rules}重置后该账号的登录锁定随之解除，本人下次登录时须修改密码。`} />
          <SubmitButton>重置密码</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function ChangeRoleForm({ action, role }: { action: Action; role: Role }) {
  return (
    <ActionForm action={action} label="更改角色">
      {(s) => (
        <>
          <SelectField name="role" label="角色" required defaultValue={s.values?.role ?? role} errors={s.fieldErrors?.role} options={ROLES.map((r) => ({ value: r.code, label: `${r.label}：${r.description}` }))} placeholder={null} />
          <SubmitButton>更改角色</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function ActiveForm({ action, active }: { action: Action; active: boolean }) {
  return (
    <ActionForm action={action} label={active ? '停用账号' : '启用账号'}>
      {(s) => (
        <>
          <input type="hidden" name="active" value={active ? 'false' : 'true'} />
          {s.fieldErrors?.active ? <p className="field-error">{s.fieldErrors.active.join(' ')}</p> : null}
          <p className="text-sm text-slate-600">{active ? '停用后该用户不能登录；其姓名仍保留在办理记录和修改记录中。账号不会被删除。' : '启用后该用户可以重新登录。'}</p>
          <SubmitButton className={active ? 'btn-danger' : 'btn-primary'}>{active ? '停用账号' : '启用账号'}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function ResetSecondFactorForm({ action, enrolledAt }: { action: Action; enrolledAt: string | null }) {
  return (
    <ActionForm action={action} label="重置双因素认证">
      {(s) => (
        <>
          {s.fieldErrors?.twoFactor ? <p className="field-error">{s.fieldErrors.twoFactor.join(' ')}</p> : null}
          <p className="text-sm text-slate-600" data-testid="user-totp-status">
            {enrolledAt ? `已于 ${enrolledAt} 启用。用户丢失手机时可重置：其动态验证码和恢复码作废，下次登录时重新启用。` : '未启用。'}
          </p>
          {enrolledAt ? <SubmitButton className="btn-danger">重置双因素认证</SubmitButton> : null}
        </>
      )}
    </ActionForm>
  );
}
