'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { discardUpload } from '@/lib/data/import-uploads';
import { IMPORT_FORBIDDEN } from '@/lib/data/register-import';
import { canImportRegister } from '@/lib/domain/policy';
import type { ImportState } from '@/lib/import/import-state';
import { confirmImport } from '@/lib/import/import-steps';
import { IMPORT_KINDS, type ImportKind } from '@/lib/domain/import-kind';

// The import page's confirmation and cancellation (the upload itself goes to ./upload/route.ts,
// which alone accepts large bodies): 'confirm' reads and checks the kept file again and imports it;
// 'cancel' discards it.


export async function importStepAction(kind: ImportKind, _prev: ImportState, form: FormData): Promise<ImportState> {
  const user = await requireUser();
  if (!canImportRegister(user) || !IMPORT_KINDS.includes(kind)) return { stage: 'error', kind, message: IMPORT_FORBIDDEN };
  const step = form.get('step');
  const token = String(form.get('token') ?? '');
  if (step === 'cancel') {
    discardUpload(user, kind, token);
    return { stage: 'idle', kind };
  }
  if (step !== 'confirm') return { stage: 'error', kind, message: '请先选择要导入的文件（.xlsx 或 .csv），点击“上传并检查”。' };
  const state = await confirmImport(user, kind, token);
  if (state.stage === 'done') revalidatePath('/', 'layout');
  return state;
}
