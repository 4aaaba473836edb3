import type { NextRequest } from 'next/server';
import { currentUser } from '@/lib/auth/current-user';
import { REPORT_FORBIDDEN } from '@/lib/data/annual-report';
import { exportAnnualReport, isReportFormat, type ReportSource } from '@/lib/data/report-export';
import { DomainError } from '@/lib/domain/errors';
import { canViewReport } from '@/lib/domain/policy';
import { parseReportYear, REPORT_YEAR_HINT } from '@/lib/domain/report-year';
import { attachmentDisposition } from '@/lib/http/content-disposition';

// GET /reports/2023/export?format=xlsx|csv|json|docx|html[&version=N|&source=current]: the year's
// tables or whole annual report as a download: the latest published version by default, a given
// version, or the current data and draft. The handler checks the session and the role itself; the
// page's checks do not protect a URL typed in directly.
export async function GET(request: NextRequest, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const user = await currentUser();
  if (!user) return Response.json({ error: '请先登录。' }, { status: 401 });
  if (!canViewReport(user)) return Response.json({ error: REPORT_FORBIDDEN }, { status: 403 });
  const year = parseReportYear((await params).year);
  if (year === null) return Response.json({ error: `统计年度应为 ${REPORT_YEAR_HINT}。` }, { status: 404 });
  const format = request.nextUrl.searchParams.get('format') ?? 'xlsx';
  if (!isReportFormat(format)) return Response.json({ error: `不支持的导出格式“${format}”，可选 xlsx、csv、json、docx 或 html。` }, { status: 400 });
  const rawVersion = request.nextUrl.searchParams.get('version');
  let source: ReportSource = request.nextUrl.searchParams.get('source') === 'current' ? { kind: 'current' } : { kind: 'latest' };
  if (rawVersion !== null) {
    if (!/^[1-9]\d{0,3}$/.test(rawVersion)) return Response.json({ error: `版本号应为正整数，收到“${rawVersion}”。` }, { status: 400 });
    source = { kind: 'version', number: Number(rawVersion) };
  }
  let file;
  try {
    file = await exportAnnualReport(user, year, format, source);
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': attachmentDisposition(file.fileName, file.asciiName),
      'Cache-Control': 'no-store',
    },
  });
}
