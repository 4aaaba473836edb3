import type { NextRequest } from 'next/server';
import { currentUser } from '@/lib/auth/current-user';
import { requestAddress } from '@/lib/auth/request-address';
import { auditLogForExport } from '@/lib/data/audit-log';
import { auditLogCsv, auditLogXlsx } from '@/lib/export/audit-log-file';
import { auditLogScope } from '@/lib/domain/policy';
import { DomainError } from '@/lib/domain/errors';
import { chinaDate } from '@/lib/domain/dates';
import { parseAuditFilters } from '@/lib/domain/validation/audit-filter';
import { attachmentDisposition } from '@/lib/http/content-disposition';

// GET /audit/export?format=xlsx|csv&who=&action=&subject=&from=&to=: the filtered audit log as a
// file, for the auditor (everything) and supervisors (case records). The export is itself audited.
export async function GET(request: NextRequest): Promise<Response> {
  const user = await currentUser();
  if (!user) return Response.json({ error: '请先登录。' }, { status: 401 });
  if (!auditLogScope(user)) return Response.json({ error: '只有审计员和负责人可以导出审计日志。' }, { status: 403 });
  const params = request.nextUrl.searchParams;
  const format = params.get('format') ?? 'xlsx';
  if (format !== 'xlsx' && format !== 'csv') return Response.json({ error: '参数有误：format 可选 xlsx 或 csv。' }, { status: 400 });
  const { filters, problems } = parseAuditFilters(Object.fromEntries([...params.keys()].map((k) => [k, params.get(k) ?? ''])));
  if (problems.length) return Response.json({ error: problems.join(' ') }, { status: 400 });
  let rows;
  try {
    rows = auditLogForExport(user, filters, await requestAddress());
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ error: error.message }, { status: 400 });
    throw error;
  }
  const body = format === 'csv' ? auditLogCsv(rows) : await auditLogXlsx(rows);
  const name = `审计日志-${chinaDate(new Date())}.${format}`;
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachmentDisposition(name, `audit-log.${format}`),
      'Cache-Control': 'no-store',
    },
  });
}
