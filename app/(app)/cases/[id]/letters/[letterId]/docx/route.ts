import { currentUser } from '@/lib/auth/current-user';
import { letterFile } from '@/lib/data/letters/document';
import { canViewCases } from '@/lib/domain/policy';
import { NotFoundError } from '@/lib/domain/errors';
import { attachmentDisposition } from '@/lib/http/content-disposition';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// GET /cases/:id/letters/:letterId/docx — the letter in the official format; the handler checks the
// session and the role itself.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; letterId: string }> }): Promise<Response> {
  const user = await currentUser();
  if (!user) return Response.json({ error: '请先登录。' }, { status: 401 });
  if (!canViewCases(user)) return Response.json({ error: '您没有权限查看文书。' }, { status: 403 });
  const { id, letterId } = await params;
  if (!/^\d{1,15}$/.test(id) || !/^\d{1,15}$/.test(letterId)) return Response.json({ error: '该文书不存在。' }, { status: 404 });
  try {
    const file = await letterFile(user, Number(id), Number(letterId));
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': DOCX, 'Content-Disposition': attachmentDisposition(file.fileName, `letter-${letterId}.docx`), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
