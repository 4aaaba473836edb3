import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canManageUsers } from '@/lib/domain/policy';
import { listUsers } from '@/lib/data/users';
import { roleLabel } from '@/lib/domain/roles';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { NewUserForm } from '@/components/admin/new-user-form';
import { createUserAction } from './actions';
import { readSecuritySettings } from '@/lib/data/security-settings';
import { passwordRulesText } from '@/lib/domain/password-rules';
import { readUserFilter, userListHeading } from '@/lib/domain/user-filter';
import { textParam, type SearchParams } from '@/lib/pages/search-params';
import { AddressProblems } from '@/components/address-problems';
import { UserFilterBar } from '@/components/admin/user-filter-bar';

export const metadata: Metadata = { title: '用户管理' };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!canManageUsers(user)) forbidden();
  const sp = await searchParams;
  const { filter, notices } = readUserFilter({ status: textParam(sp, 'status', 40), role: textParam(sp, 'role', 40) });
  const users = listUsers(user, filter);
  return (
    <div className="space-y-5">
      <h1>用户管理</h1>
      <section className="card">
        <h2 className="mb-3">新建用户</h2>
        <NewUserForm action={createUserAction} rules={passwordRulesText(readSecuritySettings().password)} />
      </section>
      <section className="space-y-2" aria-labelledby="user-list-h">
        <h2 id="user-list-h">
          {userListHeading(filter)}（{users.length} 人）
        </h2>
        <AddressProblems problems={notices} testId="user-filter-problems" />
        <UserFilterBar filter={filter} />
      </section>
      <section className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="user-table">
          <thead>
            <tr>
              <th>用户名</th>
              <th>姓名</th>
              <th>角色</th>
              <th>状态</th>
              <th>双因素认证</th>
              <th>创建时间</th>
            </tr>
          </thead>
          <tbody>
            {users.length === 0 ? (
              <tr>
                <td colSpan={6} className="text-slate-700">
                  没有这样的用户。
                </td>
              </tr>
            ) : null}
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link prefetch={false} href={`/admin/users/${u.id}`}>{u.username}</Link>
                </td>
                <td>{u.displayName}</td>
                <td>{roleLabel(u.role)}</td>
                <td>{u.active ? '在岗' : <span className="text-red-700">已停用</span>}</td>
                <td>{u.totpEnabledAt ? '已启用' : '未启用'}</td>
                <td>{formatChinaDateTime(u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
