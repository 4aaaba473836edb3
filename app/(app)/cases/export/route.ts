import type { NextRequest } from 'next/server';
import { currentUser } from '@/lib/auth/current-user';
import { exportCaseList, type ListExportSource } from '@/lib/data/case-list-export';
import { caseListFilters } from '@/lib/data/case-list';
import { canViewCases } from '@/lib/domain/policy';
import { DomainError } from '@/lib/domain/errors';
import { readListFilters } from '@/lib/domain/case-list/list-filters';
import { attachmentDisposition } from '@/lib/http/content-disposition';

// The case list as an Excel file, for everyone who sees the list (clerks, supervisors, admins):
//   GET  /cases/export?<the list's filters>  every case the filters select, in the list's order;
//   POST /cases/export (form: case=id:version …, sort)  the cases ticked on a page.
// Each handler checks the session and the role itself.

const text = (message: string, status: number) => new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

async function respond(source: ListExportSource): Promise<Response> {
  const user = await currentUser();
  if (!user) return text('请先登录。', 401);
  if (!canViewCases(user)) return text('您没有权限导出申请列表。', 403);
  try {
    const file = await exportCaseList(user, source);
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.contentType, 'Content-Disposition': attachmentDisposition(file.fileName, 'ogi-cases.xlsx'), 'Cache-Control': 'no-store' },
    });
  } catch (error) {
    if (error instanceof DomainError) return text(error.message, 400);
    throw error;
  }
}

export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const { filters } = readListFilters((field) => params.get(field) ?? undefined);
  return respond({ filters: caseListFilters(filters) });
}

export async function POST(request: NextRequest): Promise<Response> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return text('请求格式有误，请在申请列表中勾选后再导出。', 400);
  }
  const ids = form.getAll('case').map((v) => /^([1-9]\d{0,14}):\d+$/.exec(String(v))?.[1]);
  if (ids.length === 0) return text('请先在列表中勾选要导出的申请。', 400);
  if (ids.some((id) => id === undefined) || ids.length > 500) return text('所选申请有误，请刷新页面后重新勾选。', 400);
  return respond({ ids: ids.map(Number), sort: String(form.get('sort') ?? '') });
}
