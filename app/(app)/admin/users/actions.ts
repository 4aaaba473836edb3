'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { boundId, FORGED_REQUEST, invalid, refused, type ActionState } from '@/lib/action-state';
import { formValues } from '@/lib/domain/validation/form-values';
import { changeRoleSchema, newUserSchemaFor, resetPasswordSchemaFor } from '@/lib/domain/validation/user';
import { changeRole, createUser, resetPassword, setUserActive } from '@/lib/data/users';
import { readSecuritySettings } from '@/lib/data/security-settings';
import { resetSecondFactor } from '@/lib/data/two-factor';

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireUser();
  const values = formValues(form);
  const parsed = newUserSchemaFor(readSecuritySettings().password).safeParse(values);
  if (!parsed.success) return invalid(parsed.error, { ...values, password: '' });
  try {
    const user = await createUser(actor, parsed.data);
    revalidatePath('/admin/users');
    return { ok: true, message: `已创建用户“${user.displayName}”（${user.username}）。请把初始密码当面告知本人；首次登录时须改为本人的密码。` };
  } catch (error) {
    return refused(error, { ...values, password: '' });
  }
}

export async function resetPasswordAction(rawId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireUser();
  const id = boundId(rawId);
  if (id === null) return { message: FORGED_REQUEST };
  const parsed = resetPasswordSchemaFor(readSecuritySettings().password).safeParse(formValues(form));
  if (!parsed.success) return invalid(parsed.error, {});
  try {
    await resetPassword(actor, id, parsed.data.password);
  } catch (error) {
    return refused(error, {});
  }
  revalidatePath(`/admin/users/${id}`);
  return { ok: true, message: '密码已重置，登录锁定（如有）已解除。该用户已在各处退出，下次登录时须改为本人的密码。' };
}

export async function changeRoleAction(rawId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireUser();
  const values = formValues(form);
  const id = boundId(rawId);
  if (id === null) return { message: FORGED_REQUEST, values };
  const parsed = changeRoleSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    changeRole(actor, id, parsed.data.role);
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(`/admin/users/${id}`);
  return { ok: true, message: '角色已更改，下次操作起生效。' };
}

export async function setActiveAction(rawId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireUser();
  const id = boundId(rawId);
  if (id === null) return { message: FORGED_REQUEST };
  const active = form.get('active') === 'true';
  try {
    setUserActive(actor, id, active);
  } catch (error) {
    return refused(error, {});
  }
  revalidatePath(`/admin/users/${id}`);
  revalidatePath('/admin/users');
  return { ok: true, message: active ? '账号已启用。' : '账号已停用，该用户将无法登录；其办理记录和修改记录保留。' };
}

export async function resetSecondFactorAction(id: number, _prev: ActionState, _form: FormData): Promise<ActionState> {
  const actor = await requireUser();
  try {
    resetSecondFactor(actor, id);
  } catch (error) {
    return refused(error, {});
  }
  revalidatePath(`/admin/users/${id}`);
  return { ok: true, message: '双因素认证已重置，该用户已在各处退出；下次登录时需重新启用（管理员必须启用）。' };
}
