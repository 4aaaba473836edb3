import Link from 'next/link';
import type { Actor } from '@/lib/domain/roles';
import { roleLabel } from '@/lib/domain/roles';
import { POLICY } from '@/lib/domain/policy';
import type { SignInNotice } from '@/lib/data/sessions';
import { SignInNoticeLine } from './sign-in-notice';

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

/** The signed-in frame: the navigation the user's role may use, who is signed in, and sign-out (an action the app passes in). */
export function AppShell({ user, agencyName, notice, signOut, children }: { user: Actor; agencyName: string; notice: SignInNotice; signOut: () => Promise<void>; children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="no-print border-b border-blue-900 bg-blue-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
          <Link href="/" className="text-base font-semibold text-white hover:no-underline">
            依申请公开办理台
            <span className="ml-2 text-xs font-normal text-blue-100">{agencyName}</span>
          </Link>
          <nav aria-label="主导航" className="flex flex-wrap gap-1 text-sm">
            {NAV.filter((n) => n.show(user)).map((n) => (
              <Link key={n.href} href={n.href} className="rounded px-2 py-1 text-blue-50 hover:bg-blue-700 hover:no-underline">
                {n.label}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <SignInNoticeLine notice={notice} />
            <span data-testid="current-user">
              {user.displayName}（{roleLabel(user.role)}）
            </span>
            <Link href="/account" className="text-blue-50 underline hover:no-underline">
              我的账号
            </Link>
            <form action={signOut}>
              <button type="submit" className="rounded border border-blue-300 px-2 py-0.5 text-blue-50 hover:bg-blue-700">
                退出登录
              </button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-5">{children}</main>
    </div>
  );
}
