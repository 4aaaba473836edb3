'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { invalid, refused, type ActionState } from '@/lib/action-state';
import { formValues } from '@/lib/domain/validation/form-values';
import { letterSettingsSchema } from '@/lib/domain/validation/letter-settings';
import { letterSettingsFromForm, updateLetterSettings } from '@/lib/data/letter-settings';

export async function updateLetterSettingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireUser();
  const values = formValues(form);
  const parsed = letterSettingsSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    updateLetterSettings(actor, letterSettingsFromForm(parsed.data));
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: '公文设置已保存。', values };
}
