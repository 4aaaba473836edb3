import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { currentDataDiff, type MovedRecord } from '@/lib/data/annual-report/current-diff';
import { canDraftAnnualReport } from '@/lib/domain/policy';
import { parseReportYear } from '@/lib/domain/report-year';
import { NotFoundError } from '@/lib/domain/errors';
import { loadOr404 } from '@/lib/pages/load-record';

export const metadata: Metadata = { title: '当前数据与已发布报告对比' };

function Records({ list, testId }: { list: MovedRecord[]; testId: string }) {
  if (!list.length) return <span className="text-slate-500">无</span>;
  return (
    <span data-testid={testId}>
      {list.map((r, i) => (
        <span key={r.id}>
          {i ? '、' : ''}
          {r.href ? <Link href={r.href}>{r.label}</Link> : `${r.label}（已不在台账中）`}
        </span>
      ))}
    </span>
  );
}

/** REPORT.md §5: where the live register differs from the published numbers, cell by cell, and which records moved. */
export default async function CurrentDataPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requireUser();
  if (!canDraftAnnualReport(user)) forbidden();
  const year = parseReportYear((await params).year);
  if (year === null) notFound();
  const d = loadOr404(() => {
    try {
      return currentDataDiff(user, year);
    } catch (error) {
      // A year not yet published has nothing to compare with: say so, rather than "page not found".
      if (error instanceof NotFoundError) return { unpublished: error.message };
      throw error;
    }
  });
  if ('unpublished' in d) {
    return (
      <div className="space-y-4">
        <p className="text-sm">
          <Link href={`/reports/${year}/annual`}>← 返回{year}年度报告</Link>
        </p>
        <h1>{year}年度报告：当前数据与已发布版本对比</h1>
        <p className="card" data-testid="diff-unpublished">
          {d.unpublished}发布后，这里会逐个单元格列出台账数字与发布版本的不同之处。
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/reports/${year}/annual`}>← 返回{year}年度报告</Link>
      </p>
      <h1>
        {year}年度报告：当前数据与已发布第{d.version}版对比
      </h1>
      <p className="text-sm text-slate-700">已发布的报告不会改变。下表列出台账现在的数字与发布时不同的每一个单元格，以及自发布以来移入、移出该单元格的申请或复议诉讼记录。如需更正已发布的报告，请联系管理员发布更正版本。</p>
      {d.cells.length === 0 ? (
        <p className="card text-green-800" data-testid="diff-none">
          当前数据与已发布的第{d.version}版完全一致。
        </p>
      ) : (
        <table className="w-full border-collapse text-sm" data-testid="diff-table">
          <caption className="sr-only">与已发布版本不同的单元格</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-slate-300 bg-slate-50 px-2 py-1 text-left">单元格</th>
              <th scope="col" className="border border-slate-300 bg-slate-50 px-2 py-1">已发布</th>
              <th scope="col" className="border border-slate-300 bg-slate-50 px-2 py-1">当前</th>
              <th scope="col" className="border border-slate-300 bg-slate-50 px-2 py-1 text-left">移入</th>
              <th scope="col" className="border border-slate-300 bg-slate-50 px-2 py-1 text-left">移出</th>
            </tr>
          </thead>
          <tbody>
            {d.cells.map((c) => (
              <tr key={c.key} data-testid="diff-row" data-key={c.key}>
                <th scope="row" className="border border-slate-300 px-2 py-1 text-left font-normal">
                  表{c.ref.table === 'three' ? '三' : '四'}“{c.name}”
                </th>
                <td className="border border-slate-300 px-2 py-1 text-center tabular-nums">{c.published}</td>
                <td className={`border border-slate-300 px-2 py-1 text-center tabular-nums ${c.now !== c.published ? 'font-bold text-red-800' : ''}`}>{c.now}</td>
                <td className="border border-slate-300 px-2 py-1">
                  <Records list={c.entered} testId="diff-entered" />
                </td>
                <td className="border border-slate-300 px-2 py-1">
                  <Records list={c.left} testId="diff-left" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
