import type { Metadata } from 'next';
import { requireSignInStep } from '@/lib/auth/current-user';
import { beginEnrolment } from '@/lib/data/two-factor';
import { AuthCard } from '@/components/auth/auth-card';
import { signOutAction } from '../actions';
import { EnrolForm } from '@/components/auth/enrol-form';
import { TotpSetup } from '@/components/auth/totp-setup';
import { confirmEnrolmentAction } from '../step-actions';

export const metadata: Metadata = { title: '启用双因素认证' };

export default async function EnrolPage() {
  const s = await requireSignInStep('enrol_second_factor');
  const enrolment = await beginEnrolment(s.actor);
  return (
    <AuthCard signOut={signOutAction} title="启用双因素认证" intro={<p>管理员账号除密码外还须使用手机动态验证码登录（网络安全等级保护要求）。请先完成设置。</p>}>
      <EnrolForm action={confirmEnrolmentAction} sealed={enrolment.sealed} continueHref="/">
        <TotpSetup qrSvg={enrolment.qrSvg} secret={enrolment.secret} />
      </EnrolForm>
    </AuthCard>
  );
}
