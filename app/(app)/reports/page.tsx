import { forbidden, redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canViewReport } from '@/lib/domain/policy';
import { defaultReportYear, parseReportYear } from '@/lib/domain/report-year';
import { today } from '@/lib/data/today';

/** /reports opens last year's tables (the report is written early in the following year). */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const user = await requireUser();
  if (!canViewReport(user)) forbidden();
  const { year } = await searchParams;
  redirect(`/reports/${parseReportYear(year) ?? defaultReportYear(today())}`);
}
