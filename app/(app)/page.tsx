import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/current-user';
import { listCases } from '@/lib/data/case-list';
import { roleLabel } from '@/lib/domain/roles';
import { CaseTable } from '@/components/case-table';
import { AwaitingDelivery } from '@/components/letters/awaiting-delivery';
import { lettersAwaitingDelivery } from '@/lib/data/letters/queries';
import { adminDashboard, clerkDashboard } from '@/lib/data/dashboard';
import { todoFor } from '@/lib/data/todo';
import { FigureGrid } from '@/components/dashboard/figure-grid';
import { TodoList } from '@/components/todo-list';
import { SupervisorHome } from '@/components/dashboard/supervisor-home';
import { AdminHome } from '@/components/dashboard/admin-home';
import { intParam, type SearchParams } from '@/lib/pages/search-params';
import { supervisorHomeData } from './home-data';

export const metadata: Metadata = { title: '首页' };

/** Each role starts the day here: what needs them, as figures that open the lists behind them. */
export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const decided = intParam(await searchParams, 'decided', { min: 1, max: Number.MAX_SAFE_INTEGER });
  return (
    <div className="space-y-6">
      <h1>
        您好，{user.displayName}
        <span className="ml-2 text-sm font-normal text-slate-600">{roleLabel(user.role)}</span>
      </h1>
      {user.role === 'admin' ? <AdminHome data={adminDashboard(user)} /> : null}
      {user.role === 'auditor' ? <AuditorHome /> : null}
      {user.role === 'supervisor' ? (
        <>
          <SupervisorHome {...supervisorHomeData(user, decided)} />
          <AwaitingDelivery actor={user} rows={lettersAwaitingDelivery(user)} />
        </>
      ) : null}
      {user.role === 'clerk' ? <ClerkHome /> : null}
    </div>
  );
}

async function ClerkHome() {
  const user = await requireUser();
  const open = listCases(user, { status: 'open', handler: 'me', sort: 'due_asc' });
  const todo = todoFor(user, { limit: 5 });
  return (
    <>
      <section className="space-y-2" aria-labelledby="mine-h">
        <h2 id="mine-h">我承办的申请</h2>
        <FigureGrid figures={clerkDashboard(user).figures} label="我承办的申请" />
      </section>
      <section className="space-y-2" aria-labelledby="todo-h">
        <div className="flex items-baseline gap-3">
          <h2 id="todo-h">今天要做的事</h2>
          <Link href="/todo" prefetch={false} className="ml-auto text-sm">
            全部待办
          </Link>
        </div>
        <TodoList groups={todo} empty="今天没有需要您处理的事项。" />
      </section>
      <AwaitingDelivery actor={user} rows={lettersAwaitingDelivery(user)} />
      <section className="space-y-3" aria-labelledby="open-h">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="open-h">我承办的未办结申请</h2>
          <span className="text-sm text-slate-600" data-testid="open-count">
            共 {open.total} 件，答复期限最近的排在前面
          </span>
          <Link href="/cases?status=open&handler=me&sort=due_asc" prefetch={false} className="ml-auto text-sm">
            在登记簿中查看全部
          </Link>
        </div>
        <CaseTable rows={open.rows} empty="您目前没有未办结的申请。" />
      </section>
    </>
  );
}

function AuditorHome() {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Link href="/audit" prefetch={false} className="card block text-slate-900 no-underline hover:border-blue-500">
        <span className="block font-semibold text-blue-800">审计日志</span>
        <span className="mt-1 block text-sm text-slate-700">查阅全部操作记录（含管理员的操作、登录记录和个人信息查看记录），按人员、操作、对象和日期筛选，导出 Excel 或 CSV。</span>
      </Link>
    </div>
  );
}
