import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canCreateCase, canExportRegister, canViewCases } from '@/lib/domain/policy';
import { caseYears, listCases, SORTS } from '@/lib/data/case-list';
import { STATUS_FILTERS } from '@/lib/domain/clock';
import { listHandlers } from '@/lib/data/users';
import { APPLICANT_TYPES, OUTCOME_GROUPS } from '@/lib/domain/categories';
import { Pagination } from '@/components/pagination';
import { CaseTable } from '@/components/case-table';
import { intParam, keptParams, pageParam, type SearchParams } from '@/lib/pages/search-params';

export const metadata: Metadata = { title: '申请登记簿' };

const FILTER_KEYS = ['q', 'status', 'type', 'year', 'handler', 'outcome', 'sort'] as const;

export default async function CasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!canViewCases(user)) forbidden();
  const query = await searchParams;
  const params = keptParams(query, FILTER_KEYS);
  const sp: Partial<Record<(typeof FILTER_KEYS)[number], string>> = params;
  const result = listCases(user, {
    q: sp.q,
    status: sp.status,
    applicantType: sp.type,
    year: intParam(params, 'year', { min: 1900, max: 9999 }),
    handler: sp.handler,
    outcome: sp.outcome,
    sort: sp.sort,
    page: pageParam(query),
  });
  const handlers = listHandlers(user);

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1>申请登记簿</h1>
        <div className="flex gap-2">
          {canExportRegister(user) ? (
            <Link prefetch={false} href="/register-export" className="btn-secondary">
              导出台账
            </Link>
          ) : null}
          {canCreateCase(user) ? (
            <Link prefetch={false} href="/cases/new" className="btn-primary">
              登记新申请
            </Link>
          ) : null}
        </div>
      </div>
      <form method="get" className="card grid gap-3 md:grid-cols-4 lg:grid-cols-8" role="search" aria-label="查找申请">
        <div className="md:col-span-2">
          <label htmlFor="q">关键词</label>
          <input id="q" name="q" className="input mt-1" defaultValue={sp.q ?? ''} placeholder="申请编号、申请人或申请内容" />
        </div>
        <Filter id="status" label="状态" value={sp.status} options={Object.entries(STATUS_FILTERS).map(([k, f]) => [k, f.label])} />
        <Filter id="type" label="申请人类型" value={sp.type} options={APPLICANT_TYPES.map((t) => [t.code, t.label])} />
        <Filter id="year" label="收到年度" value={sp.year} options={caseYears(user).map((y) => [String(y), `${y}年`])} />
        <Filter id="handler" label="承办人" value={sp.handler} options={[['me', '我承办的'], ['none', '未指定'], ...handlers.map((h) => [String(h.id), h.displayName] as [string, string])]} />
        <Filter id="outcome" label="办理结果" value={sp.outcome} options={OUTCOME_GROUPS.flatMap((g) => g.items.map((i) => [i.code, g.items.length > 1 ? `${g.label.slice(0, 3)}${i.label}` : i.label] as [string, string]))} />
        <Filter id="sort" label="排序" value={sp.sort} options={Object.entries(SORTS).map(([k, s]) => [k, s.label])} placeholder="收到日期（晚→早）" />
        <div className="flex items-end gap-2 md:col-span-4 lg:col-span-8">
          <button type="submit" className="btn-primary">
            查找
          </button>
          <Link prefetch={false} href="/cases" className="btn-secondary">
            清除条件
          </Link>
          <span className="ml-auto text-sm text-slate-600" data-testid="case-count">
            共 {result.total} 件
          </span>
        </div>
      </form>
      <CaseTable rows={result.rows} />
      <Pagination page={result.page} pageCount={result.pageCount} params={params} basePath="/cases" />
    </div>
  );
}

function Filter({ id, label, value, options, placeholder = '全部' }: { id: string; label: string; value?: string; options: [string, string][]; placeholder?: string }) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} className="input mt-1" defaultValue={value ?? ''}>
        <option value="">{placeholder}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
