import type { Metadata } from 'next';
import { requireSignInStep } from '@/lib/auth/current-user';
import { AuthCard } from '@/components/auth/auth-card';
import { signOutAction } from '../actions';
import { CodeForm } from '@/components/auth/code-form';
import { verifySecondFactorAction } from '../step-actions';

export const metadata: Metadata = { title: '双因素认证' };

export default async function VerifyPage() {
  const s = await requireSignInStep('second_factor');
  return (
    <AuthCard signOut={signOutAction} title="双因素认证" intro={<p>{s.actor.displayName}，密码已验证。请再输入动态验证码完成登录。</p>}>
      <CodeForm action={verifySecondFactorAction} />
    </AuthCard>
  );
}
