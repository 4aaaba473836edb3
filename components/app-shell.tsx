import Link from 'next/link';
import type { Actor } from '@/lib/domain/roles';
import { roleLabel } from '@/lib/domain/roles';
import { POLICY } from '@/lib/domain/policy';
import type { SignInNotice } from '@/lib/data/sessions';
import { SignInNoticeLine } from './sign-in-notice';
import { HeaderMenu } from './header-menu';

type NavItem = { href: string; label: string; show: (u: Actor) => boolean };

const NAV: NavItem[] = [
  { href: '/', label: '首页', show: () => true },
  { href: '/cases', label: '申请登记簿', show: POLICY.canViewCases },
  { href: '/cases/new', label: '登记新申请', show: POLICY.canCreateCase },
  { href: '/review', label: '期限监督', show: POLICY.canViewReviewPage },
  { href: '/letters/approvals', label: '文书审批', show: POLICY.canApproveLetter },
  { href: '/reports', label: '年度报告', show: POLICY.canViewReport },
  { href: '/reviews', label: '复议诉讼', show: POLICY.canRecordReview },
  { href: '/audit', label: '审计日志', show: POLICY.canViewAuditLog },
  { href: '/admin/users', label: '用户管理', show: POLICY.canManageUsers },
  { href: '/admin/calendar', label: '节假日日历', show: POLICY.canManageCalendar },
  { href: '/admin/import', label: '台账导入', show: POLICY.canImportRegister },
  { href: '/admin/settings', label: '机关设置', show: POLICY.canManageSettings },
  { href: '/admin/security', label: '安全设置', show: POLICY.canManageSettings },
  { href: '/admin/letter-templates', label: '文书模板', show: POLICY.canManageLetterTemplates },
  { href: '/help', label: '帮助', show: () => true },
];

/** The header's 待办 badge: how many items of the to-do list need the user. */
function TodoBadge({ count }: { count: number }) {
  return (
    <Link
      href="/todo"
      prefetch={false}
      className="inline-flex items-center gap-1 rounded px-2 py-1 text-sm text-white no-underline hover:bg-blue-700"
      data-testid="todo-badge"
      aria-label={count ? `待办 ${count} 项` : '待办：没有需要处理的事项'}
    >
      待办
      <span className={`min-w-5 rounded-full px-1.5 text-center text-xs font-semibold ${count ? 'bg-amber-300 text-amber-950' : 'bg-blue-900 text-blue-50'}`} aria-hidden="true">
        {count}
      </span>
    </Link>
  );
}

/** The signed-in frame: the navigation the user's role may use, the to-do badge, who is signed in, and sign-out (an action the app passes in). */
export function AppShell({ user, agencyName, notice, todo, signOut, children }: { user: Actor; agencyName: string; notice: SignInNotice; todo: number | null; signOut: () => Promise<void>; children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <a href="#main" className="skip-link">
        跳到正文
      </a>
      <header className="no-print border-b border-blue-900 bg-blue-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <Link href="/" prefetch={false} className="text-base font-semibold text-white no-underline">
            依申请公开办理台
            <span className="ml-2 hidden text-xs font-normal text-blue-100 sm:inline">{agencyName}</span>
          </Link>
          {todo === null ? null : <TodoBadge count={todo} />}
          <HeaderMenu links={NAV.filter((n) => n.show(user)).map(({ href, label }) => ({ href, label }))}>
            <div className="flex flex-col gap-2 text-sm md:ml-auto md:flex-row md:items-center md:gap-3">
              <SignInNoticeLine notice={notice} />
              <span data-testid="current-user">
                {user.displayName}（{roleLabel(user.role)}）
              </span>
              <Link href="/account" prefetch={false} className="text-blue-50 underline hover:no-underline">
                我的账号
              </Link>
              <form action={signOut}>
                <button type="submit" className="rounded border border-blue-300 px-2 py-0.5 text-blue-50 hover:bg-blue-700">
                  退出登录
                </button>
              </form>
            </div>
          </HeaderMenu>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-5 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
