import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <div className="card">
        <h1>找不到页面（404）</h1>
        <p className="mt-2 text-sm text-slate-700">要查找的页面或记录不存在，可能编号有误或已被移除。</p>
        <p className="mt-4 text-sm">
          <Link prefetch={false} href="/">返回首页</Link>
        </p>
      </div>
    </main>
  );
}
