import { Buffer } from 'node:buffer';
import { revalidatePath } from 'next/cache';
import type { NextRequest } from 'next/server';
import { refused, type ActionState } from '@/lib/action-state';
import { currentUser } from '@/lib/auth/current-user';
import { addCaseFile } from '@/lib/data/case-files/case-files';
import { MAX_CASE_FILE_BYTES, MAX_CASE_FILE_LABEL } from '@/lib/domain/case-file-types';
import { formValues } from '@/lib/domain/validation/form-values';
import { ForbiddenError } from '@/lib/domain/errors';
import { bodyLimitResponse } from '@/lib/http/body-limit';
import { sameOrigin } from '@/lib/http/same-origin';

// POST /cases/:id/files/upload — a file kept with the case. Forms and server actions stop at 1 MB
// (next.config.js); a case file may be up to its own limit, so it has this route, which proxy.ts
// leaves alone. It answers the upload form's next state as JSON.

/** Room for the multipart boundaries, part headers and the other fields beside the file. */
const MULTIPART_OVERHEAD = 64 * 1024;
const TOO_LARGE = `文件超过 ${MAX_CASE_FILE_LABEL} 的大小限制，请压缩或拆分后再上传。`;

const state = (status: number, body: ActionState) => Response.json(body, { status });

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!/^\d{1,15}$/.test(id)) return state(404, { message: '该申请不存在。' });
  const caseId = Number(id);
  // Like a server action: only a page of this site may post here.
  if (!sameOrigin(request)) return state(403, { message: '请求来源无效，请从申请详情页面上传。' });
  const user = await currentUser();
  if (!user) return state(401, { message: '登录已过期，请重新登录后再上传。' });
  const tooLarge = bodyLimitResponse(request, MAX_CASE_FILE_BYTES + MULTIPART_OVERHEAD, () => ({ message: `没有上传：${TOO_LARGE}`, fieldErrors: { file: [TOO_LARGE] } }));
  if (tooLarge) return tooLarge;

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return state(400, { message: '上传没有完成或内容有误，请重新选择文件上传。' });
  }
  const values = formValues(form);
  const file = form.get('file');
  // A browser sends an unnamed empty part when no file was chosen.
  if (!(file instanceof File) || !file.name) return state(400, { message: '请选择要上传的文件。', fieldErrors: { file: ['请选择要上传的文件。'] }, values });
  if (file.size > MAX_CASE_FILE_BYTES) return state(413, { message: `没有上传：“${file.name}”${TOO_LARGE}`, fieldErrors: { file: [TOO_LARGE] }, values });
  const letterId = values.letterId && /^\d{1,15}$/.test(values.letterId) ? Number(values.letterId) : null;
  try {
    await addCaseFile(user, caseId, { fileName: file.name, data: Buffer.from(await file.arrayBuffer()), category: values.category ?? '', letterId });
  } catch (error) {
    // Not allowed to add to this case: 403, as the pages refuse; a file it cannot take: 400 with the reason.
    return state(error instanceof ForbiddenError ? 403 : 400, refused(error, values));
  }
  revalidatePath(`/cases/${caseId}`);
  return state(200, { ok: true, message: `已上传“${file.name}”。` });
}
