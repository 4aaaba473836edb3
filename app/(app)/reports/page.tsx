import { forbidden, redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canViewReport } from '@/lib/domain/policy';
import { defaultReportYear, parseReportYear } from '@/lib/domain/report-year';
import { today } from '@/lib/data/today';
import { textParam, type SearchParams } from '@/lib/pages/search-params';

/** /reports opens last year's tables (the report is written early in the following year). */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!canViewReport(user)) forbidden();
  const year = textParam(await searchParams, 'year');
  redirect(`/reports/${parseReportYear(year) ?? defaultReportYear(today())}`);
}
