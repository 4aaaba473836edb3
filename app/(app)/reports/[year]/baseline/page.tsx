import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { getBaseline } from '@/lib/data/annual-report/baseline';
import { canDraftAnnualReport } from '@/lib/domain/policy';
import { parseReportYear } from '@/lib/domain/report-year';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { BaselineForm } from '@/components/report/annual/baseline-form';
import { baselineAction } from '../annual/actions';

export const metadata: Metadata = { title: '导入上年基线' };

/** The year before the first report in the system: its published tables and 现行有效 figures (REPORT.md §5). */
export default async function BaselinePage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requireUser();
  if (!canDraftAnnualReport(user)) forbidden();
  const year = parseReportYear((await params).year);
  if (year === null) notFound();
  const baseline = getBaseline(user, year);
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href={`/reports/${year + 1}/annual`}>← 返回{year + 1}年度报告</Link>
      </p>
      <h1>{year}年基线（导入基线）</h1>
      <p className="text-sm text-slate-700">
        {year}年的报告不是在本系统发布的：导入当年已发布的表三、表四（本系统或其他系统导出的年度报告 JSON 文件，或本系统导出的 Excel 统计表），并填写表二“现行有效件数”。
        {year + 1}年报告的“上年结转”核对、表二连续性核对和同比都以此为准，并注明“导入基线”。
      </p>
      {baseline ? (
        <p className="card text-sm" data-testid="baseline-current">
          已有基线：{baseline.hasTables ? `表三、表四来自${baseline.source}` : '尚未导入表三、表四'}；表二现行有效件数：规章 {baseline.inForce?.rules ?? '未填'}，行政规范性文件 {baseline.inForce?.normative_documents ?? '未填'}。{baseline.updatedByName} 于 {formatChinaDateTime(baseline.updatedAt)} 保存。
        </p>
      ) : null}
      <section className="card">
        <BaselineForm action={baselineAction.bind(null, year)} inForce={baseline?.inForce ?? null} />
      </section>
    </div>
  );
}
