import Link from 'next/link';

/** Page links that keep every other query parameter. */
export function Pagination({ page, pageCount, params, basePath }: { page: number; pageCount: number; params: Record<string, string>; basePath: string }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => `${basePath}?${new URLSearchParams({ ...params, page: String(p) }).toString()}`;
  return (
    <nav aria-label="分页" className="flex items-center gap-3 text-sm">
      {page > 1 ? <Link href={href(page - 1)}>上一页</Link> : <span className="text-slate-600" aria-disabled="true">上一页</span>}
      <span>
        第 {page} / {pageCount} 页
      </span>
      {page < pageCount ? <Link href={href(page + 1)}>下一页</Link> : <span className="text-slate-600" aria-disabled="true">下一页</span>}
    </nav>
  );
}
