import type { NextRequest } from 'next/server';
import { currentUser } from '@/lib/auth/current-user';
import { IMPORT_FORBIDDEN } from '@/lib/data/register-import';
import { importProgress } from '@/lib/data/import-runs';
import { canImportRegister } from '@/lib/domain/policy';
import { IMPORT_KINDS } from '@/lib/domain/import-kind';

// GET /admin/import/progress?kind=register|reviews: how far the running import of that kind has
// got, polled by the import page's progress bar while its confirmation is pending.
// { running: false } when none runs; otherwise { running: true, rowsDone, rowsTotal }.
export async function GET(request: NextRequest): Promise<Response> {
  const user = await currentUser();
  if (!user) return Response.json({ error: '请先登录。' }, { status: 401 });
  if (!canImportRegister(user)) return Response.json({ error: IMPORT_FORBIDDEN }, { status: 403 });
  const kind = IMPORT_KINDS.find((k) => k === request.nextUrl.searchParams.get('kind'));
  if (!kind) return Response.json({ error: '参数有误：kind 可选 register 或 reviews。' }, { status: 400 });
  const progress = importProgress(user, kind);
  return Response.json(progress ? { running: true, ...progress } : { running: false }, { headers: { 'Cache-Control': 'no-store' } });
}
