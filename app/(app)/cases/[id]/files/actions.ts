'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { refused, type ActionState } from '@/lib/action-state';
import { formValues } from '@/lib/domain/validation/form-values';
import { removeCaseFile } from '@/lib/data/case-files/case-files';

export async function removeCaseFileAction(caseId: number, fileId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  try {
    removeCaseFile(user, caseId, fileId, values.reason ?? '');
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(`/cases/${caseId}`);
  return { ok: true, message: '材料已删除（删除记录保留在修改记录中）。' };
}
