import type { NextRequest } from 'next/server';
import { currentUser } from '@/lib/auth/current-user';
import { exportCaseList, ListExportRefused, type ListExportSource } from '@/lib/data/case-list-export';
import { caseListFilters } from '@/lib/data/case-list';
import { readCaseListAddress } from '@/lib/data/case-list-address';
import { canViewCases } from '@/lib/domain/policy';
import type { Actor } from '@/lib/domain/roles';
import { filterQuery, parseFilterQuery } from '@/lib/domain/case-list/list-filters';
import { listAfterExport, type ExportNoticeCode } from '@/lib/domain/case-list/export-notices';
import { attachmentDisposition } from '@/lib/http/content-disposition';

// The case list as an Excel file, for everyone who sees the list (clerks, supervisors, admins):
//   GET  /cases/export?<the list's filters>  every case the filters select, in the list's order;
//   POST /cases/export (form: case=id:version …, sort, list)  the cases ticked on a page.
// Each handler checks the session and the role itself. An export that cannot be made sends the
// user back to the list (303) with what happened; an address the list would not read in full is
// refused, never exported wider than asked.

const text = (message: string, status: number) => new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
// A relative Location: the origin Next sees behind a proxy may not be the one the browser used, and
// the CSP's form-action would block a redirect to another origin.
const backToList = (query: string, code: ExportNoticeCode) => new Response(null, { status: 303, headers: { Location: listAfterExport(query, code), 'Cache-Control': 'no-store' } });

async function signedInViewer(): Promise<Actor | Response> {
  const user = await currentUser();
  if (!user) return text('请先登录。', 401);
  if (!canViewCases(user)) return text('您没有权限导出申请列表。', 403);
  return user;
}

async function respond(user: Actor, source: ListExportSource, listQuery: string): Promise<Response> {
  try {
    const file = await exportCaseList(user, source);
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.contentType, 'Content-Disposition': attachmentDisposition(file.fileName, 'ogi-cases.xlsx'), 'Cache-Control': 'no-store' },
    });
  } catch (error) {
    if (error instanceof ListExportRefused) return backToList(listQuery, error.code);
    throw error;
  }
}

export async function GET(request: NextRequest): Promise<Response> {
  const user = await signedInViewer();
  if (user instanceof Response) return user;
  const query = request.nextUrl.searchParams;
  const params: Record<string, string[]> = {};
  for (const [key, value] of query) (params[key] ??= []).push(value);
  const address = readCaseListAddress(user, params);
  // The list shows these problems from the same address; the export refuses rather than widen.
  if (address.problems.length) return backToList(query.toString(), 'filters');
  return respond(user, { filters: caseListFilters(address.filters) }, filterQuery(address.filters));
}

export async function POST(request: NextRequest): Promise<Response> {
  const user = await signedInViewer();
  if (user instanceof Response) return user;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return backToList('', 'bad');
  }
  // The list the cases were ticked on, to return to; anything unreadable returns to the whole list.
  const list = parseFilterQuery(String(form.get('list') ?? ''));
  const listQuery = list.ok ? filterQuery(list.filters) : '';
  const ids = form.getAll('case').map((v) => /^([1-9]\d{0,14}):\d+$/.exec(String(v))?.[1]);
  if (ids.length === 0) return backToList(listQuery, 'nothing');
  if (ids.some((id) => id === undefined) || ids.length > 500) return backToList(listQuery, 'bad');
  return respond(user, { ids: ids.map(Number), sort: String(form.get('sort') ?? '') }, listQuery);
}
