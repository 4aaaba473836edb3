import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentSignIn } from '@/lib/auth/current-user';
import { readSettings } from '@/lib/data/settings';
import { PENDING_STEP_PATHS } from '@/lib/domain/sign-in-steps';
import { SESSION_END_MESSAGES } from '@/lib/domain/session-rules';
import { FormMessage } from '@/components/form/form-message';
import { LoginForm } from './login-form';
import { textParam, type SearchParams } from '@/lib/pages/search-params';
import { noticeParam } from '@/lib/pages/notice-param';

export const metadata: Metadata = { title: '登录' };

const ENDED: Record<string, string> = { ...SESSION_END_MESSAGES, session: '登录已失效（长时间未操作、超过 8 小时或已退出），请重新登录。' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const s = await currentSignIn();
  if (s?.status === 'active') redirect(s.pending ? PENDING_STEP_PATHS[s.pending] : '/');
  const sp = await searchParams;
  const callbackUrl = textParam(sp, 'callbackUrl', 2000);
  const { agencyName } = readSettings();
  const endedMessage = noticeParam(sp, 'ended', ENDED);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <h1 className="text-2xl">依申请公开办理台</h1>
          <p className="mt-1 text-sm text-slate-600">{agencyName} · 政府信息公开申请登记与办理</p>
        </div>
        <div className="card space-y-4">
          <FormMessage tone="success" message={endedMessage} />
          <LoginForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : '/'} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-500">忘记密码请联系本单位管理员重置。连续 5 次输错密码将暂停登录 15 分钟。</p>
      </div>
    </main>
  );
}
