'use server';

import { Buffer } from 'node:buffer';
import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { refused, type ActionState } from '@/lib/action-state';
import { formValues } from '@/lib/domain/validation/form-values';
import { addCaseFile, removeCaseFile } from '@/lib/data/case-files/case-files';
import { MAX_CASE_FILE_BYTES, MAX_CASE_FILE_LABEL } from '@/lib/domain/case-file-types';

export async function uploadCaseFileAction(caseId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const file = form.get('file');
  // A browser sends an unnamed empty part when no file was chosen.
  if (!(file instanceof File) || !file.name) return { message: '请选择要上传的文件。', fieldErrors: { file: ['请选择要上传的文件。'] }, values };
  if (file.size > MAX_CASE_FILE_BYTES) {
    const message = `“${file.name}”超过 ${MAX_CASE_FILE_LABEL} 的大小限制，请压缩或拆分后再上传。`;
    return { message: `没有上传：${message}`, fieldErrors: { file: [message] }, values };
  }
  const letterId = values.letterId && /^\d+$/.test(values.letterId) ? Number(values.letterId) : null;
  try {
    await addCaseFile(user, caseId, { fileName: file.name, data: Buffer.from(await file.arrayBuffer()), category: values.category ?? '', letterId });
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(`/cases/${caseId}`);
  return { ok: true, message: `已上传“${file.name}”。` };
}

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
