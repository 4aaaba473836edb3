import Link from 'next/link';

/**
 * Page links that keep every other query parameter. A keyset list (the case list) also passes the
 * cursors of the neighbouring pages (`prev`, `next`): 上一页 / 下一页 then continue from the row at
 * the edge of this page, and a page number can be typed to jump.
 */
export function Pagination({
  page,
  pageCount,
  params,
  basePath,
  prev,
  next,
}: {
  page: number;
  pageCount: number;
  params: Record<string, string>;
  basePath: string;
  prev?: string | null;
  next?: string | null;
}) {
  if (pageCount <= 1) return null;
  const keyset = prev !== undefined || next !== undefined;
  const href = (p: number, cursor?: Record<string, string>) => {
    const query = new URLSearchParams({ ...params, ...(p > 1 ? { page: String(p) } : {}), ...cursor }).toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const prevHref = page <= 1 ? null : keyset ? (prev ? href(page - 1, { before: prev }) : null) : href(page - 1);
  const nextHref = page >= pageCount ? null : keyset ? (next ? href(page + 1, { after: next }) : null) : href(page + 1);
  const off = (label: string) => (
    <span aria-disabled="true" className="text-slate-600">
      {label}
    </span>
  );
  return (
    <nav aria-label="分页" className="flex flex-wrap items-center gap-3 text-sm">
      {keyset ? page > 1 ? <Link href={href(1)}>首页</Link> : off('首页') : null}
      {prevHref ? (
        <Link href={prevHref} rel="prev">
          上一页
        </Link>
      ) : (
        off('上一页')
      )}
      <span>
        第 {page} / {pageCount} 页
      </span>
      {nextHref ? (
        <Link href={nextHref} rel="next">
          下一页
        </Link>
      ) : (
        off('下一页')
      )}
      {keyset ? page < pageCount ? <Link href={href(pageCount)}>末页</Link> : off('末页') : null}
      {keyset ? (
        <form method="get" action={basePath} className="flex items-center gap-1">
          {Object.entries(params).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <label htmlFor="page-jump" className="font-normal">
            跳到第
          </label>
          <input id="page-jump" name="page" type="number" min={1} max={pageCount} defaultValue={page} className="input w-20 py-0.5" />
          <span>页</span>
          <button type="submit" className="btn-secondary py-0.5">
            跳转
          </button>
        </form>
      ) : null}
    </nav>
  );
}
