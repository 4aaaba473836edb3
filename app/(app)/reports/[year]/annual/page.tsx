import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { getReportWorkspace } from '@/lib/data/annual-report/workspace';
import { canDraftAnnualReport } from '@/lib/domain/policy';
import { draftSavedMessages, isEdited, GENERATED_KEYS, yearRefusal } from '@/lib/domain/report/annual';
import { tableFourLayout, tableThreeLayout } from '@/lib/domain/report';

import { parseReportYear } from '@/lib/domain/report-year';
import { intParam, textParam, type SearchParams } from '@/lib/pages/search-params';
import { noticeParam } from '@/lib/pages/notice-param';
import { FormMessage } from '@/components/form/form-message';
import { ReportTable } from '@/components/report/report-table';
import { DraftForm } from '@/components/report/annual/draft-form';
import { ReportChecksPanel } from '@/components/report/annual/report-checks-panel';
import { PublishForm } from '@/components/report/annual/publish-form';
import { PublishedView } from '@/components/report/annual/published-view';
import { VersionList } from '@/components/report/annual/version-list';
import { publishAction, saveDraftAction } from './actions';

export const metadata: Metadata = { title: '政府信息公开工作年度报告' };

/**
 * The annual report of a year (REPORT.md): before publishing, the draft with its checks and the
 * publish form; after, the published version, its downloads and versions, the comparison with the
 * current data, and (for administrators, ?edit=1) the draft of a correction.
 */
export default async function AnnualReportPage({ params, searchParams }: { params: Promise<{ year: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!canDraftAnnualReport(user)) forbidden();
  const year = parseReportYear((await params).year);
  if (year === null) notFound();
  const search = await searchParams;
  const w = getReportWorkspace(user, year);
  const editing = !w.published || (w.can.correct && textParam(search, 'edit') === '1');
  const saved = noticeParam(search, 'saved', draftSavedMessages(year));
  const publishedNumber = intParam(search, 'published', { min: 1, max: 10_000 });
  const failed = w.checks.filter((c) => !c.ok).length;

  const paragraphs = Object.fromEntries(GENERATED_KEYS.map((k) => [k, { text: w.draft.paragraphs[k].text, edited: isEdited(w.draft.paragraphs[k]), stale: w.draft.paragraphs[k].text !== w.fresh[k] }])) as Parameters<typeof DraftForm>[0]['paragraphs'];

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end gap-3">
        <div className="mr-auto">
          <h1>
            {w.agencyName}
            {year}年政府信息公开工作年度报告
          </h1>
          <p className="text-sm text-slate-600" data-testid="report-status">
            {w.published ? `已发布（第${w.published.number}版，发布日期 ${w.versions[0].publishedOn}）` : `草稿（尚未发布）${w.draftVersion ? '' : '：以下内容由系统按台账数据起草，尚未保存'}`}
          </p>
        </div>
        <Link href={`/reports/${year}`} className="btn-secondary">
          统计表
        </Link>
        {w.published ? (
          <Link href={`/reports/${year}/current`} className="btn-secondary">
            当前数据对比
          </Link>
        ) : null}
        <a href={`/reports/${year}/export?format=docx`} className="btn-secondary" download>
          下载 Word（DOCX）
        </a>
        <a href={`/reports/${year}/export?format=html`} className="btn-secondary" download>
          下载网页（HTML）
        </a>
      </div>
      {yearRefusal(year, w.today) ? (
        <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="year-not-ended">
          {yearRefusal(year, w.today)}可以先起草，年度结束后再发布。
        </p>
      ) : null}
      <FormMessage tone="success" message={saved ?? (publishedNumber ? `已发布第${publishedNumber}版。` : undefined)} focusKey={`${w.draftVersion}-${w.published?.number ?? 0}`} fromAddress={['saved', 'published']} />

      {/* grid-cols-1: one column as wide as the screen, the tables scrolling inside it, not as wide as the tables. */}
      <div className="grid grid-cols-1 gap-5 xl:grid-cols-3">
        <div className="space-y-5 xl:col-span-2">
          {editing ? (
            <DraftForm
              year={year}
              action={saveDraftAction.bind(null, year, w.draftVersion)}
              texts={w.draft.texts}
              paragraphs={paragraphs}
              tableTwo={w.draft.tableTwo}
              hasLastYear={w.previous.source !== 'none'}
              correction={Boolean(w.published)}
              tables={{
                three: <ReportTable year={year} layout={tableThreeLayout(year, w.content.tableThree)} testId="table-three" />,
                four: <ReportTable year={year} layout={tableFourLayout(year, w.content.tableFour)} testId="table-four" />,
              }}
            />
          ) : (
            <PublishedView content={w.published!.content} />
          )}
        </div>
        <aside className="space-y-5">
          {editing ? (
            <section className="card space-y-2" aria-labelledby="checks-h">
              <h2 id="checks-h">发布前核对</h2>
              <p className="hint">上一年度数据：{w.previous.label}</p>
              <ReportChecksPanel year={year} checks={w.checks} />
            </section>
          ) : null}
          {w.can.publish ? (
            <section className="card space-y-2" aria-labelledby="publish-h">
              <h2 id="publish-h">发布</h2>
              <PublishForm action={publishAction.bind(null, year, 'publish')} kind="publish" draftVersion={w.draftVersion} today={w.today} failed={failed} />
            </section>
          ) : null}
          {w.can.correct && editing ? (
            <section className="card space-y-2" aria-labelledby="correct-h">
              <h2 id="correct-h">发布更正</h2>
              <PublishForm action={publishAction.bind(null, year, 'correction')} kind="correction" draftVersion={w.draftVersion} today={w.today} failed={failed} />
            </section>
          ) : null}
          {w.can.correct && !editing ? (
            <Link href={`/reports/${year}/annual?edit=1`} className="btn-secondary">
              编写更正（管理员）
            </Link>
          ) : null}
          {w.versions.length ? <VersionList year={year} versions={w.versions} /> : null}
          {!w.published && w.previous.source !== 'published' ? (
            <p className="hint">
              首次在本系统编写年度报告？可以<Link href={`/reports/${year - 1}/baseline`}>导入{year - 1}年已发布的统计表作为基线</Link>，用于跨年核对和同比。
            </p>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
