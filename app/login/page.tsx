import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/current-user';
import { readSettings } from '@/lib/data/settings';
import { LoginForm } from './login-form';
import { textParam, type SearchParams } from '@/lib/pages/search-params';

export const metadata: Metadata = { title: '登录' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (await currentUser()) redirect('/');
  const callbackUrl = textParam(await searchParams, 'callbackUrl', 2000);
  const { agencyName } = readSettings();
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <h1 className="text-2xl">依申请公开办理台</h1>
          <p className="mt-1 text-sm text-slate-600">{agencyName} · 政府信息公开申请登记与办理</p>
        </div>
        <div className="card">
          <LoginForm callbackUrl={callbackUrl ?? '/'} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-500">忘记密码请联系本单位管理员重置。连续 5 次输错密码将暂停登录 15 分钟。</p>
      </div>
    </main>
  );
}
