import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { beginEnrolment, hasSecondFactor } from '@/lib/data/two-factor';
import { EnrolForm } from '@/components/auth/enrol-form';
import { TotpSetup } from '@/components/auth/totp-setup';
import { confirmEnrolmentAction } from '@/app/login/step-actions';

export const metadata: Metadata = { title: '启用双因素认证' };

export default async function OptionalEnrolPage() {
  const actor = await requireUser();
  if (actor.id === null || hasSecondFactor(actor.id)) redirect('/account');
  const enrolment = await beginEnrolment(actor);
  return (
    <div className="max-w-md space-y-4">
      <div className="flex items-center gap-3">
        <h1>启用双因素认证</h1>
        <Link prefetch={false} href="/account" className="ml-auto text-sm">
          返回我的账号
        </Link>
      </div>
      <section className="card">
        <EnrolForm action={confirmEnrolmentAction} sealed={enrolment.sealed} continueHref="/account?saved=totp_enabled">
          <TotpSetup qrSvg={enrolment.qrSvg} secret={enrolment.secret} />
        </EnrolForm>
      </section>
    </div>
  );
}
