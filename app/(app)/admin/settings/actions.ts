'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { invalid, refused, type ActionState } from '@/lib/action-state';
import { formValues } from '@/lib/domain/validation/form-values';
import { settingsSchema } from '@/lib/domain/validation/settings';
import { updateSettings } from '@/lib/data/settings';

export async function updateSettingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireUser();
  const values = formValues(form);
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    updateSettings(actor, parsed.data);
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: '设置已保存。', values };
}
