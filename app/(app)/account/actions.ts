'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { invalid, refused, type ActionState } from '@/lib/action-state';
import { formValues } from '@/lib/domain/validation/form-values';
import { digestSettingsSchema } from '@/lib/domain/validation/digest';
import { updateDigestSettings } from '@/lib/data/digest';

/** 我的账号 → 待办提醒邮件: the user's own address and choice. */
export async function updateDigestAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const parsed = digestSettingsSchema.safeParse({ email: values.email ?? '', digest: values.digest ?? '' });
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    updateDigestSettings(user, parsed.data);
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath('/account');
  return { ok: true, message: parsed.data.digest ? `已保存：每个工作日早上把待办事项发到 ${parsed.data.email}。` : '已保存：不发送待办提醒邮件。', values };
}
