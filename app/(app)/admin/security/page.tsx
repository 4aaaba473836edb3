import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canManageSettings } from '@/lib/domain/policy';
import { flatSecuritySettings, readSecuritySettings } from '@/lib/data/security-settings';
import { SecuritySettingsForm } from '@/components/admin/security-settings-form';
import { updateSecuritySettingsAction } from './actions';

export const metadata: Metadata = { title: '安全设置' };

export default async function SecuritySettingsPage() {
  const user = await requireUser();
  if (!canManageSettings(user)) forbidden();
  return (
    <div className="space-y-4">
      <h1>安全设置</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        默认值符合网络安全等级保护第三级的要求：密码至少 8 位、含 3 类字符、90 天更换、不得重复最近 5 次的密码；30 分钟无操作自动退出；每次登录最长 8 小时；管理员必须使用双因素认证。
      </p>
      <section className="card">
        <SecuritySettingsForm action={updateSecuritySettingsAction} current={flatSecuritySettings(readSecuritySettings())} />
      </section>
    </div>
  );
}
