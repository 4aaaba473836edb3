import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { auditLogScope } from '@/lib/domain/policy';
import { auditActors, queryAuditLog } from '@/lib/data/audit-log';
import { AUDIT_ACTIONS, actionLabel, describeChanges, entityTypeLabel } from '@/lib/domain/audit-labels';
import { auditFilterParams, parseAuditFilters } from '@/lib/domain/validation/audit-filter';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { Pagination } from '@/components/pagination';
import { ScrollRegion } from '@/components/scroll-region';

export const metadata: Metadata = { title: '审计日志' };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const scope = auditLogScope(user);
  if (!scope) forbidden();
  const { filters, page, problems } = parseAuditFilters(await searchParams);
  const result = queryAuditLog(user, filters, page);
  const params = auditFilterParams(filters);
  const exportHref = (format: string) => `/audit/export?${new URLSearchParams({ ...params, format }).toString()}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1>审计日志</h1>
        <span className="text-sm text-slate-600">
          {scope === 'all' ? '全部操作记录，含管理员的操作、登录记录和个人信息查看记录。记录只能追加，任何人都不能修改或删除。' : '本单位申请和复议诉讼的操作记录。'}
        </span>
      </div>
      <form method="get" className="card grid gap-3 md:grid-cols-3 lg:grid-cols-6" role="search" aria-label="筛选审计日志">
        <Select id="who" label="操作人" value={filters.who} options={auditActors(user).map((a) => [a.value, a.label])} />
        <Select id="action" label="操作" value={filters.action} options={AUDIT_ACTIONS.map((a) => [a.code, a.label])} />
        <div>
          <label htmlFor="subject">{scope === 'all' ? '申请编号或用户名' : '申请编号'}</label>
          <input id="subject" name="subject" className="input mt-1" maxLength={64} defaultValue={filters.subject} />
        </div>
        <div>
          <label htmlFor="from">起始日期</label>
          <input id="from" name="from" type="date" className="input mt-1" defaultValue={filters.from} />
        </div>
        <div>
          <label htmlFor="to">截止日期</label>
          <input id="to" name="to" type="date" className="input mt-1" defaultValue={filters.to} />
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="btn-primary">
            筛选
          </button>
          <Link prefetch={false} href="/audit" className="btn-secondary">
            清除
          </Link>
        </div>
      </form>
      {problems.length ? (
        <ul className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="filter-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span data-testid="audit-count">{result.subjectFound ? `共 ${result.total} 条` : `找不到编号或用户名为“${filters.subject}”的申请或用户。`}</span>
        <span className="ml-auto">导出符合条件的记录：</span>
        <a href={exportHref('xlsx')} className="btn-secondary">
          Excel
        </a>
        <a href={exportHref('csv')} className="btn-secondary">
          CSV
        </a>
      </div>
      <ScrollRegion label="审计日志" className="rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="audit-log">
          <thead>
            <tr>
              <th>时间</th>
              <th>操作人</th>
              <th>操作</th>
              <th>对象</th>
              <th>内容</th>
              <th>网络地址</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.id}>
                <td className="whitespace-nowrap">{formatChinaDateTime(r.at)}</td>
                <td className="whitespace-nowrap">{r.actorName}</td>
                <td className="whitespace-nowrap">{actionLabel(r.action)}</td>
                <td className="whitespace-nowrap">
                  {entityTypeLabel(r.entityType)} {r.subject}
                </td>
                <td className="whitespace-pre-line break-all text-slate-700">{[describeChanges(r.changes), r.note].filter(Boolean).join('\n')}</td>
                <td className="whitespace-nowrap">{r.clientAddress ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {result.rows.length === 0 ? <p className="p-3 text-sm text-slate-600">没有符合条件的记录。</p> : null}
      </ScrollRegion>
      <Pagination page={result.page} pageCount={result.pageCount} params={params} basePath="/audit" />
    </div>
  );
}

function Select({ id, label, value, options }: { id: string; label: string; value: string; options: [string, string][] }) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} className="input mt-1" defaultValue={value}>
        <option value="">全部</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
