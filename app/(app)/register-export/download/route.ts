import type { NextRequest } from 'next/server';
import { currentUser } from '@/lib/auth/current-user';
import { exportRegister, exportReviewFile } from '@/lib/data/register-export';
import { canExportRegister } from '@/lib/domain/policy';
import { attachmentDisposition } from '@/lib/http/content-disposition';

// GET /register-export/download?what=register|reviews&format=xlsx|csv: the register or the review
// file (INTERFACES §1), for supervisors and administrators. The handler checks the session and the
// role itself (canExportRegister); it sits outside /admin, whose pages are for administrators only.
export async function GET(request: NextRequest): Promise<Response> {
  const user = await currentUser();
  if (!user) return Response.json({ error: '请先登录。' }, { status: 401 });
  if (!canExportRegister(user)) return Response.json({ error: '只有负责人和管理员可以导出台账。' }, { status: 403 });
  const what = request.nextUrl.searchParams.get('what') ?? 'register';
  const format = request.nextUrl.searchParams.get('format') ?? 'xlsx';
  if ((what !== 'register' && what !== 'reviews') || (format !== 'xlsx' && format !== 'csv')) {
    return Response.json({ error: '参数有误：what 可选 register 或 reviews，format 可选 xlsx 或 csv。' }, { status: 400 });
  }
  const file = what === 'register' ? await exportRegister(user, format) : await exportReviewFile(user, format);
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': attachmentDisposition(file.fileName, `ogi-${what}.${format}`),
      'Cache-Control': 'no-store',
    },
  });
}
