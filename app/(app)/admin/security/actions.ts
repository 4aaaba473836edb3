'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { invalid, refused, type ActionState } from '@/lib/action-state';
import { formValues } from '@/lib/domain/validation/form-values';
import { securitySettingsSchema } from '@/lib/domain/validation/security-settings';
import { updateSecuritySettings } from '@/lib/data/security-settings';

export async function updateSecuritySettingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireUser();
  const values = formValues(form);
  const parsed = securitySettingsSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    updateSecuritySettings(actor, parsed.data);
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath('/admin/security');
  return { ok: true, message: '安全设置已保存，立即生效。', values };
}
