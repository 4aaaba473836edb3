import type { Metadata } from 'next';
import { requireSignInStep } from '@/lib/auth/current-user';
import { readSecuritySettings } from '@/lib/data/security-settings';
import { passwordRulesText } from '@/lib/domain/password-rules';
import { AuthCard } from '@/components/auth/auth-card';
import { signOutAction } from '../actions';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { changePasswordAction } from '../step-actions';

export const metadata: Metadata = { title: '修改密码' };

export default async function ForcedChangePage() {
  const s = await requireSignInStep('change_password');
  const policy = readSecuritySettings().password;
  return (
    <AuthCard
      signOut={signOutAction}
      title="请先修改密码"
      intro={<p data-testid="forced-change">{s.actor.displayName}，您的密码是由管理员设置的或已超过有效期（{policy.maxAgeDays || '不限'} 天）。请设置一个只有您自己知道的新密码后继续。</p>}
    >
      <ChangePasswordForm action={changePasswordAction} rules={passwordRulesText(policy)} />
    </AuthCard>
  );
}
