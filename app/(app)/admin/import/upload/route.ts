import { Buffer } from 'node:buffer';
import { NextResponse, type NextRequest } from 'next/server';
import { currentUser } from '@/lib/auth/current-user';
import { IMPORT_FORBIDDEN } from '@/lib/data/register-import';
import { canImportRegister } from '@/lib/domain/policy';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '@/lib/domain/register/file-limits';
import { bodyLimitResponse } from '@/lib/http/body-limit';
import { sameOrigin } from '@/lib/http/same-origin';
import type { ImportState } from '@/lib/import/import-state';
import { previewImport } from '@/lib/import/import-steps';
import type { ImportKind } from '@/lib/domain/import-kind';
import { cleanUploadFileName } from '@/lib/domain/upload-file-name';

// The one place that accepts a large request body: the import page's file upload (forms and
// server actions stop at 1 MB, next.config.js). It answers the page's 'preview' step as JSON;
// proxy.ts leaves this path alone, since it would buffer (and cut) a body past its own limit.

/** Room for the multipart boundaries, part headers and the other fields beside the file. */
const MULTIPART_OVERHEAD = 64 * 1024;
const KINDS: readonly ImportKind[] = ['register', 'reviews'];

const state = (status: number, body: ImportState) => NextResponse.json(body, { status });

export async function POST(request: NextRequest): Promise<Response> {
  const kindParam = request.nextUrl.searchParams.get('kind');
  const kind = KINDS.find((k) => k === kindParam);
  if (!kind) return state(400, { stage: 'error', message: '未知的导入类型。' });
  // Like a server action: only a page of this site may post here.
  if (!sameOrigin(request)) return state(403, { stage: 'error', kind, message: '请求来源无效，请从本系统的“台账导入”页面上传。' });
  const user = await currentUser();
  if (!user) return state(401, { stage: 'error', kind, message: '登录已过期，请重新登录后再上传。' });
  if (!canImportRegister(user)) return state(403, { stage: 'error', kind, message: IMPORT_FORBIDDEN });

  const tooLarge = bodyLimitResponse(request, IMPORT_LIMITS.maxBytes + MULTIPART_OVERHEAD, (size) => ({
    stage: 'error',
    kind,
    message: `无法导入：${LIMIT_MESSAGES.bytes(Math.max(size - MULTIPART_OVERHEAD, IMPORT_LIMITS.maxBytes + 1))}。`,
  }));
  if (tooLarge) return tooLarge;

  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get('file');
  } catch {
    return state(400, { stage: 'error', kind, message: '上传没有完成或内容有误，请重新选择文件上传。' });
  }
  // A browser sends an unnamed empty part when no file was chosen; an empty file is read and
  // refused by the validators like any other bad file.
  if (!(file instanceof File) || !file.name) return state(400, { stage: 'error', kind, message: '请先选择要导入的文件（.xlsx 或 .csv）。' });
  // The name goes into case events and the audit trail: never trust it as sent.
  const fileName = cleanUploadFileName(file.name, file.type);
  return state(200, await previewImport(user, kind, fileName, Buffer.from(await file.arrayBuffer())));
}
