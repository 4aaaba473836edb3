import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canAssignHandler, canCreateCase, canExportRegister, canViewCases } from '@/lib/domain/policy';
import { caseListFilters, caseYears, listCases } from '@/lib/data/case-list';
import { listSavedFilters } from '@/lib/data/saved-filters';
import { LIST_EXPORT_MAX } from '@/lib/data/case-list-export';
import { listHandlers } from '@/lib/data/users';
import { readCaseListAddress } from '@/lib/data/case-list-address';
import { DUE_WINDOWS, STATUS_FILTERS } from '@/lib/domain/clock';
import { APPLICANT_TYPES } from '@/lib/domain/categories';
import { filterQuery, type ListFilters } from '@/lib/domain/case-list/list-filters';
import { outcomeFilterOptions } from '@/lib/domain/case-list/outcome-filter';
import { receivedMonthLabel } from '@/lib/domain/case-list/received-month';
import { handlerOptionLabel, pageBeyondProblem, yearOptions } from '@/lib/domain/case-list/list-address';
import { ariaSort, CASE_SORTS, HEADER_SORTS, headerSort, type HeaderColumn } from '@/lib/domain/case-list/sorts';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '@/lib/domain/case-list/page-sizes';
import type { SearchParams } from '@/lib/pages/search-params';
import { Pagination } from '@/components/pagination';
import { CaseTable, type SortLinks } from '@/components/case-table';
import { BulkForm } from '@/components/case-list/bulk-form';
import { SavedFiltersBar } from '@/components/case-list/saved-filters-bar';
import { AddressProblems } from '@/components/address-problems';
import { deleteSavedFilterAction, reassignCasesAction, saveFilterAction } from './list-actions';

export const metadata: Metadata = { title: '申请登记簿' };

const asParams = (filters: ListFilters): Record<string, string> => Object.fromEntries(new URLSearchParams(filterQuery(filters)));

export default async function CasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!canViewCases(user)) forbidden();
  const address = readCaseListAddress(user, await searchParams);
  const { filters, problems } = address;
  const result = listCases(user, { ...caseListFilters(filters), page: address.page, after: address.after, before: address.before });
  if (result.badCursor) problems.push('翻页位置无效（链接可能被截断或修改），已显示第 1 页。');
  const beyond = address.after === undefined && address.before === undefined ? pageBeyondProblem(address.page, result.pageCount, result.page) : null;
  if (beyond) problems.push(beyond);
  const params = asParams(filters);
  const handlers = listHandlers(user);
  const years = caseYears(user);
  const sortLinks: SortLinks = Object.fromEntries(
    (Object.keys(HEADER_SORTS) as HeaderColumn[]).map((column) => {
      const next = headerSort(column, result.sort);
      return [column, { href: `/cases?${filterQuery({ ...filters, sort: next === 'received_desc' ? undefined : next })}`, sort: ariaSort(column, result.sort) }];
    }),
  );
  const saved = listSavedFilters(user).map((f) => ({
    id: f.id,
    name: f.name,
    href: f.ok ? `/cases?${f.query}` : null,
    problem: f.ok ? null : f.problem,
    current: f.ok && f.query === filterQuery(filters),
  }));

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
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
      {address.notice ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="export-notice">
          {address.notice}
        </p>
      ) : null}
      <AddressProblems problems={problems} testId="list-problems" />
      <SavedFiltersBar filters={saved} query={filterQuery(filters)} save={saveFilterAction} remove={deleteSavedFilterAction} />
      <form method="get" className="card grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-11" role="search" aria-label="查找申请">
        <div className="col-span-2">
          <label htmlFor="q">关键词</label>
          <input id="q" name="q" className="input mt-1" defaultValue={filters.q ?? ''} maxLength={200} placeholder="申请编号、申请人或申请内容" />
        </div>
        <Filter id="status" label="状态" value={filters.status} options={Object.entries(STATUS_FILTERS).map(([k, f]) => [k, f.label])} />
        <Filter id="due" label="到期" value={filters.due} options={Object.entries(DUE_WINDOWS).map(([k, f]) => [k, f.label])} />
        <Filter id="type" label="申请人类型" value={filters.type} options={APPLICANT_TYPES.map((t) => [t.code, t.label])} />
        <Filter id="year" label="收到年度" value={filters.year?.toString()} options={yearOptions(years, filters.year).map((y) => [String(y), `${y}年`])} />
        <Filter id="replied" label="答复年度" value={filters.replied?.toString()} options={yearOptions(years, filters.replied).map((y) => [String(y), `${y}年`])} />
        <Filter id="handler" label="承办人" value={filters.handler} options={[['me', '我承办的'], ['none', '未指定'], ...address.handlers.map((h) => [String(h.id), handlerOptionLabel(h)] as [string, string])]} />
        <Filter id="outcome" label="办理结果" value={filters.outcome} options={outcomeFilterOptions()} />
        <Filter id="sort" label="排序" value={filters.sort} options={Object.entries(CASE_SORTS).filter(([k]) => k !== 'received_desc').map(([k, s]) => [k, s.label])} placeholder={CASE_SORTS.received_desc.label} />
        <Filter id="size" label="每页" value={filters.size?.toString()} options={PAGE_SIZES.filter((n) => n !== DEFAULT_PAGE_SIZE).map((n) => [String(n), `${n} 条`])} placeholder={`${DEFAULT_PAGE_SIZE} 条`} />
        <div className="col-span-2 flex flex-wrap items-end gap-2 md:col-span-4 lg:col-span-11">
          {filters.month ? <MonthChip month={filters.month} clearHref={`/cases?${filterQuery({ ...filters, month: undefined })}`} /> : null}
          <button type="submit" className="btn-primary">
            查找
          </button>
          <Link prefetch={false} href="/cases" className="btn-secondary">
            清除条件
          </Link>
          <span className="ml-auto text-sm text-slate-600" data-testid="case-count">
            共 {result.total} 件
          </span>
          {result.total > 0 && result.total <= LIST_EXPORT_MAX ? (
            <a href={`/cases/export?${filterQuery(filters)}`} className="btn-secondary" download>
              导出本列表（Excel）
            </a>
          ) : result.total > LIST_EXPORT_MAX ? (
            <span className="text-sm text-slate-600">超过 {LIST_EXPORT_MAX} 件，请缩小范围后导出</span>
          ) : null}
        </div>
      </form>
      <BulkForm action={canAssignHandler(user) ? reassignCasesAction : null} listQuery={filterQuery(filters)} handlers={handlers.map(({ id, displayName }) => ({ id, displayName }))} exportPath="/cases/export" sort={result.sort}>
        <CaseTable rows={result.rows} sortLinks={sortLinks} selectable />
      </BulkForm>
      <Pagination page={result.page} pageCount={result.pageCount} params={params} basePath="/cases" prev={result.prev} next={result.next} />
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

/** 收到月份 has no select (a chart's bar sets it): kept by a hidden field, shown and cleared here. */
function MonthChip({ month, clearHref }: { month: string; clearHref: string }) {
  return (
    <p className="flex items-center gap-2 self-center rounded-full border border-blue-300 bg-blue-50 py-1 pr-1 pl-3 text-sm text-blue-900" data-testid="month-filter">
      <input type="hidden" name="month" value={month} />
      <span>收到月份：{receivedMonthLabel(month)}</span>
      <Link prefetch={false} href={clearHref} aria-label="清除条件“收到月份”" className="rounded-full px-2 no-underline hover:bg-blue-100">
        ×
      </Link>
    </p>
  );
}
