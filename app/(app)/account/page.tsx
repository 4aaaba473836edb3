import type { Metadata } from 'next';
import Link from 'next/link';
import { requireSignIn } from '@/lib/auth/current-user';
import { readSecuritySettings } from '@/lib/data/security-settings';
import { signInNotice } from '@/lib/data/sessions';
import { hasSecondFactor, remainingRecoveryCodes } from '@/lib/data/two-factor';
import { passwordRulesText } from '@/lib/domain/password-rules';
import { secondFactorRequired } from '@/lib/domain/sign-in-steps';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { roleLabel } from '@/lib/domain/roles';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { DisableSecondFactorForm } from '@/components/auth/disable-second-factor-form';
import { FormMessage } from '@/components/form/form-message';
import { changePasswordAction, disableSecondFactorAction } from '@/app/login/step-actions';
import { readDigestSettings } from '@/lib/data/digest';
import { DigestForm } from '@/components/account/digest-form';
import { updateDigestAction } from './actions';
import { canReceiveDigest } from '@/lib/domain/policy';
import { noticeParam } from '@/lib/pages/notice-param';
import type { SearchParams } from '@/lib/pages/search-params';

export const metadata: Metadata = { title: '我的账号' };

const SAVED = { totp_disabled: '双因素认证已停用。', totp_enabled: '双因素认证已启用。' };

export default async function AccountPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const s = await requireSignIn();
  const { actor } = s;
  const saved = noticeParam(await searchParams, 'saved', SAVED);
  const notice = signInNotice(actor, s.signedInAt);
  const enrolled = actor.id !== null && hasSecondFactor(actor.id);
  return (
    <div className="space-y-5">
      <h1>
        我的账号
        <span className="ml-2 text-sm font-normal text-slate-500">
          {actor.displayName}（{actor.username}，{roleLabel(actor.role)}）
        </span>
      </h1>
      <FormMessage tone="success" message={saved} />
      <div className="grid gap-5 md:grid-cols-2">
        <section className="card space-y-2" aria-labelledby="signin-h">
          <h2 id="signin-h">登录记录</h2>
          <dl className="space-y-1 text-sm">
            <div>
              <dt className="inline text-slate-500">本次登录：</dt>
              <dd className="inline">{formatChinaDateTime(s.signedInAt)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-500">上次登录：</dt>
              <dd className="inline">{notice.previous ? `${formatChinaDateTime(notice.previous.at)}，来自 ${notice.previous.clientAddress ?? '未知地址'}` : '无（首次登录）'}</dd>
            </div>
            <div>
              <dt className="inline text-slate-500">此后失败的登录：</dt>
              <dd className="inline">{notice.failedSince} 次</dd>
            </div>
          </dl>
          <p className="text-xs text-slate-600">如果上次登录的时间或地址不是您本人，请立即修改密码并告知管理员。</p>
        </section>
        <section className="card space-y-3" aria-labelledby="totp-h">
          <h2 id="totp-h">双因素认证</h2>
          {enrolled ? (
            <>
              <p className="text-sm" data-testid="totp-status">
                已启用。剩余恢复码 {remainingRecoveryCodes(actor)} 个。
              </p>
              {secondFactorRequired(actor.role) ? (
                <p className="text-sm text-slate-600">管理员必须使用双因素认证。更换或丢失手机时，请另一位管理员在“用户管理”中重置。</p>
              ) : (
                <DisableSecondFactorForm action={disableSecondFactorAction} />
              )}
            </>
          ) : (
            <>
              <p className="text-sm" data-testid="totp-status">
                未启用。启用后，登录时除密码外还需输入手机验证器应用显示的动态验证码。
              </p>
              <Link prefetch={false} href="/account/two-factor" className="btn-secondary inline-block">
                启用双因素认证
              </Link>
            </>
          )}
        </section>
      </div>
      {!canReceiveDigest(actor) ? null : (
        <section className="card max-w-xl" aria-labelledby="digest-h">
          <h2 id="digest-h" className="mb-3">
            待办提醒邮件
          </h2>
          <DigestForm action={updateDigestAction} current={readDigestSettings(actor)} mailConfigured={Boolean(process.env.SMTP_URL)} />
        </section>
      )}
      <section className="card max-w-xl" aria-labelledby="password-h">
        <h2 id="password-h" className="mb-3">
          修改密码
        </h2>
        <ChangePasswordForm action={changePasswordAction} rules={passwordRulesText(readSecuritySettings().password)} />
      </section>
    </div>
  );
}
