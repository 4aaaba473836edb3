'use client';

// A plain link, not next/link: this boundary's code loads with every page, and next/link would add
// about 3 KB gzipped to each of them (Turbopack does not share it with the layout's chunk). After an
// error a full load of the home page is the sounder way on anyway.

/** Anything unexpected: say so in Chinese, keep the reference for the administrator, offer a way on. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <div className="card border-red-300 bg-red-50" data-testid="error-page">
        <h1>操作没有完成</h1>
        <p className="mt-2 text-sm text-slate-700">
          系统暂时无法处理这个请求，您的内容可能没有保存。请稍后重试；如果反复出现，请把下面的错误编号告诉管理员。
        </p>
        {error.digest ? <p className="mt-2 font-mono text-xs text-slate-500">错误编号：{error.digest}</p> : null}
        <div className="mt-4 flex gap-3">
          <button type="button" className="btn-primary" onClick={() => reset()}>
            重试
          </button>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load on purpose, see above */}
          <a href="/" className="btn-secondary">
            返回首页
          </a>
        </div>
      </div>
    </main>
  );
}
