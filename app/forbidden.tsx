import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <div className="card border-amber-300 bg-amber-50" data-testid="forbidden">
        <h1>无权访问（403）</h1>
        <p className="mt-2 text-sm text-slate-700">您的角色没有权限打开此页面或执行此操作。如确需办理，请联系负责人或管理员。</p>
        <p className="mt-4 text-sm">
          <Link prefetch={false} href="/">返回首页</Link>
        </p>
      </div>
    </main>
  );
}
