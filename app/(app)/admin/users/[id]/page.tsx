import type { Metadata } from 'next';
import { recordTitle } from '@/lib/pages/page-title';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canManageUsers } from '@/lib/domain/policy';
import { getUser } from '@/lib/data/users';
import { listAudit } from '@/lib/data/audit';
import { roleLabel } from '@/lib/domain/roles';
import { idParam, loadOr404 } from '@/lib/pages/load-record';
import { ActiveForm, ChangeRoleForm, ResetPasswordForm, ResetSecondFactorForm } from '@/components/admin/user-forms';
import { readSecuritySettings } from '@/lib/data/security-settings';
import { passwordRulesText } from '@/lib/domain/password-rules';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { AuditHistory } from '@/components/audit-history';
import { changeRoleAction, resetPasswordAction, resetSecondFactorAction, setActiveAction } from '../actions';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const raw = (await params).id;
  return recordTitle((user) => `用户 ${getUser(user, Number(raw)).displayName}`, '用户详情');
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  if (!canManageUsers(actor)) forbidden();
  const id = idParam((await params).id);
  const user = loadOr404(() => getUser(actor, id));
  return (
    <div className="space-y-5">
      <div className="flex items-center gap-3">
        <h1>
          {user.displayName}（{user.username}）
        </h1>
        <span className="text-sm text-slate-600">
          {roleLabel(user.role)} · {user.active ? '在岗' : '已停用'}
          {user.mustChangePassword ? ' · 待本人修改初始密码' : ''}
        </span>
        <Link prefetch={false} href="/admin/users" className="ml-auto text-sm">
          返回用户列表
        </Link>
      </div>
      <div className="grid gap-5 md:grid-cols-2 xl:grid-cols-4">
        <section className="card">
          <h2 className="mb-3">重置密码</h2>
          <ResetPasswordForm action={resetPasswordAction.bind(null, id)} rules={passwordRulesText(readSecuritySettings().password)} />
        </section>
        <section className="card">
          <h2 className="mb-3">双因素认证</h2>
          <ResetSecondFactorForm action={resetSecondFactorAction.bind(null, id)} enrolledAt={user.totpEnabledAt ? formatChinaDateTime(user.totpEnabledAt) : null} />
        </section>
        <section className="card">
          <h2 className="mb-3">角色</h2>
          <ChangeRoleForm action={changeRoleAction.bind(null, id)} role={user.role} />
        </section>
        <section className="card">
          <h2 className="mb-3">账号状态</h2>
          <ActiveForm key={String(user.active)} action={setActiveAction.bind(null, id)} active={user.active} />
        </section>
      </div>
      <section className="card">
        <h2 className="mb-3">修改记录</h2>
        <AuditHistory entries={listAudit(actor, 'user', id)} />
      </section>
    </div>
  );
}
