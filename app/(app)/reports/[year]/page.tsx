import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { getAnnualReport } from '@/lib/data/annual-report';
import { latestPublishedTables } from '@/lib/data/annual-report/published-tables';
import Link from 'next/link';
import { canViewReport } from '@/lib/domain/policy';
import { parseReportYear, reportTitle, reviewTableTitle } from '@/lib/domain/report-year';
import { tableFourLayout, tableThreeLayout } from '@/lib/domain/report';
import { ReportTable } from '@/components/report/report-table';
import { ScrollRegion } from '@/components/scroll-region';
import { ReportChecks } from '@/components/report/report-checks';
import { YearSelector } from '@/components/report/year-selector';
import { PrintButton } from '@/components/report/print-button';
import './report-print.css';

export async function generateMetadata({ params }: { params: Promise<{ year: string }> }): Promise<Metadata> {
  const year = parseReportYear((await params).year);
  return { title: year === null ? '年度报告统计表' : `${year}年度报告统计表` };
}

const EXPORTS = [
  { format: 'xlsx', label: '导出 Excel（XLSX）' },
  { format: 'csv', label: '导出 CSV' },
  { format: 'json', label: '导出 JSON' },
];

export default async function ReportYearPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requireUser();
  if (!canViewReport(user)) forbidden();
  const year = parseReportYear((await params).year);
  if (year === null) notFound();
  const live = getAnnualReport(user, year);
  // After publishing, the page shows the published numbers (REPORT.md §5); the current data is one click away.
  const published = latestPublishedTables(user, year);
  const report = published ? { ...live, tableThree: published.tableThree, tableFour: published.tableFour, checks: published.checks } : live;

  return (
    <div className="report-page space-y-5">
      <div className="no-print flex flex-wrap items-end gap-3">
        <h1 className="mr-auto">年度报告统计表</h1>
        <Link href={`/reports/${year}/annual`} className="btn-primary">
          年度报告全文（编写、发布）
        </Link>
        <YearSelector year={year} years={report.years} />
        {EXPORTS.map((e) => (
          <a key={e.format} href={`/reports/${year}/export?format=${e.format}`} className="btn-secondary" download>
            {e.label}
          </a>
        ))}
        <PrintButton />
      </div>

      {published ? (
        <p className="no-print rounded border border-blue-300 bg-blue-50 px-3 py-2 text-sm text-blue-900" data-testid="published-banner">
          以下是{year}年度报告已发布第{published.number}版（发布日期 {published.publishedOn}）的数字，不随台账变化。
          <Link href={`/reports/${year}/current`}>查看当前数据与发布版本的差异</Link>
        </p>
      ) : null}
      <section className="report-sheet card space-y-3" aria-labelledby="t3-h">
        <div className="text-center">
          <h2 id="t3-h">{reportTitle(year)}</h2>
          <p className="text-sm text-slate-600">三、收到和处理政府信息公开申请情况　填报单位：{report.agencyName}</p>
        </div>
        <ScrollRegion label="表三">
          <ReportTable year={year} layout={tableThreeLayout(year, report.tableThree)} testId="table-three" links={!published} />
        </ScrollRegion>
      </section>

      <section className="report-sheet card space-y-3" aria-labelledby="t4-h">
        <div className="text-center">
          <h2 id="t4-h">{reviewTableTitle(year)}</h2>
          <p className="text-sm text-slate-600">四、政府信息公开行政复议、行政诉讼情况　填报单位：{report.agencyName}</p>
        </div>
        <ScrollRegion label="表四">
          <ReportTable year={year} layout={tableFourLayout(year, report.tableFour)} testId="table-four" links={!published} />
        </ScrollRegion>
      </section>

      <section className="no-print card space-y-2" aria-labelledby="checks-h">
        <h2 id="checks-h">数据核对</h2>
        <ReportChecks checks={report.checks} />
      </section>

      <details className="no-print card text-sm text-slate-700">
        <summary className="cursor-pointer font-medium">统计口径（点击展开）</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>“本年新收”按收到申请之日统计（不是登记录入之日）；“上年结转”是上年底以前收到、截至上年 12 月 31 日尚未答复的申请。</li>
          <li>“办理结果”按答复日期计入答复当年，不论申请是哪一年收到的；每件申请只计一种结果，区分处理的只计“部分公开”。</li>
          <li>“结转下年度继续办理”是截至本年 12 月 31 日已收到但尚未答复的申请，包括等待补正、征求意见和缴费的申请。</li>
          <li>表四按收到复议申请书或起诉状之日计入当年；截至 12 月 31 日尚未审结的计入“尚未审结”，即使此后已经审结。</li>
          <li>表中每个不为 0 的数字都可以点击，查看计入该数字的每一件申请或每一条记录。</li>
        </ul>
      </details>
    </div>
  );
}
