import Link from 'next/link';
import type { ActionState } from '@/lib/action-state';
import type { SupervisorDashboard } from '@/lib/data/dashboard';
import type { DecidedExtension, PendingExtension } from '@/lib/data/review-board';
import { receivedMonthLabel } from '@/lib/domain/case-list/received-month';
import { BarChart } from '@/components/charts/bar-chart';
import { ExtensionRequests } from '@/components/clock/extension-requests';
import { DecidedExtensionNotice } from '@/components/clock/decided-extension-notice';
import { FigureGrid } from './figure-grid';
import { WorkloadTable } from './workload-table';

export type SupervisorHomeProps = {
  dashboard: SupervisorDashboard;
  extensions: { request: PendingExtension; decide: (s: ActionState, f: FormData) => Promise<ActionState> }[];
  decided: DecidedExtension | null;
  today: string;
};

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** The team at a glance, and what waits for the supervisor, decided in place. */
export function SupervisorHome({ dashboard: d, extensions, decided, today }: SupervisorHomeProps) {
  const pending = extensions.length + d.letterApprovals;
  return (
    <>
      <section className="space-y-2" aria-labelledby="team-h">
        <h2 id="team-h">本单位的申请</h2>
        <FigureGrid figures={d.figures} label="本单位的申请" />
      </section>

      <section className="space-y-3" aria-labelledby="approvals-h" data-testid="pending-approvals">
        <div className="flex flex-wrap items-baseline gap-3">
          <h2 id="approvals-h">
            待您审批<span className="ml-2 text-base font-normal text-slate-600">{pending} 项</span>
          </h2>
          <p className="text-sm text-slate-700">
            延期申请 {extensions.length} 件（在下面直接审批）；
            <Link href="/letters/approvals" prefetch={false}>
              文书待审批 {d.letterApprovals} 件
            </Link>
          </p>
        </div>
        <DecidedExtensionNotice decided={decided} />
        {extensions.length ? <ExtensionRequests requests={extensions} today={today} headingLevel="h3" /> : null}
      </section>

      <div className="grid gap-5 lg:grid-cols-2">
        <section className="space-y-2" aria-labelledby="load-h">
          <h2 id="load-h">承办人工作量（未办结）</h2>
          <WorkloadTable rows={d.workload} />
        </section>
        <section className="card space-y-1" aria-labelledby="ontime-h" data-testid="on-time">
          <h2 id="ontime-h">{d.year}年按时办结率</h2>
          <p className="text-3xl font-semibold tabular-nums">{percent(d.onTime.rate)}</p>
          <p className="text-sm text-slate-700">
            今年已答复 {d.onTime.closed} 件，其中按时 {d.onTime.onTime} 件、
            <Link href={`/cases?status=closed_late&replied=${d.year}&sort=replied_desc`} prefetch={false}>
              超期 {d.onTime.closed - d.onTime.onTime} 件
            </Link>
            。
          </p>
        </section>
      </div>

      <div className="grid gap-5 lg:grid-cols-2">
        <section className="card" aria-label="近12个月收到的申请">
          <BarChart
            title="近12个月收到的申请"
            unit="件"
            labelHeader="月份"
            testId="intake-chart"
            bars={d.intake.map((m) => ({ label: `${Number(m.month.slice(5))}月`, value: m.count, href: m.href, name: `${receivedMonthLabel(m.month)}收到` }))}
          />
          <p className="mt-2 text-xs text-slate-600">
            {d.intake[0].month.replace('-', '年')}月至{d.intake[11].month.replace('-', '年')}月，按收到申请之日统计。
          </p>
        </section>
        <section className="card" aria-label={`${d.year}年办理结果`}>
          <BarChart
            title={`${d.year}年办理结果`}
            unit="件"
            labelHeader="办理结果"
            orientation="horizontal"
            testId="outcome-chart"
            bars={d.outcomes.map((g) => ({ label: g.label, value: g.total, href: g.href, name: `${d.year}年答复、办理结果为${g.label}` }))}
          />
          <p className="mt-2 text-xs text-slate-600">按答复日期计入年度，与年度报告表三一致。</p>
        </section>
      </div>
    </>
  );
}
