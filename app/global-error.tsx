'use client';

import './globals.css';

/** When even the page frame fails: a minimal page of its own, in Chinese. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body>
        <main className="mx-auto max-w-xl px-4 py-16">
          <h1>系统出错了</h1>
          <p className="mt-2 text-sm">请稍后重试；如果反复出现，请联系管理员{error.digest ? `（错误编号：${error.digest}）` : ''}。</p>
          <button type="button" className="btn-primary mt-4" onClick={() => reset()}>
            重试
          </button>
        </main>
      </body>
    </html>
  );
}
