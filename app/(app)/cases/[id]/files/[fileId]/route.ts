import { currentUser } from '@/lib/auth/current-user';
import { readCaseFile } from '@/lib/data/case-files/case-files';
import { canViewCases } from '@/lib/domain/policy';
import { NotFoundError } from '@/lib/domain/errors';
import { attachmentDisposition } from '@/lib/http/content-disposition';

// GET /cases/:id/files/:fileId — a file kept with the case. Always a download, never shown in the
// page: an uploaded file is someone else's content and must not run as part of this site.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }): Promise<Response> {
  const user = await currentUser();
  if (!user) return Response.json({ error: '请先登录。' }, { status: 401 });
  if (!canViewCases(user)) return Response.json({ error: '您没有权限查看申请材料。' }, { status: 403 });
  const { id, fileId } = await params;
  if (!/^\d{1,15}$/.test(id) || !/^\d{1,15}$/.test(fileId)) return Response.json({ error: '该材料不存在。' }, { status: 404 });
  try {
    const file = readCaseFile(user, Number(id), Number(fileId));
    const ext = /\.[A-Za-z0-9]{1,5}$/.exec(file.fileName)?.[0] ?? '';
    return new Response(new Uint8Array(file.data), {
      headers: {
        'Content-Type': file.mime,
        'Content-Disposition': attachmentDisposition(file.fileName, `case-file-${fileId}${ext}`),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
