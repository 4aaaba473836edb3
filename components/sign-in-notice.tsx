import type { SignInNotice } from '@/lib/data/sessions';
import { formatChinaDateTime } from '@/lib/domain/dates';

/** 鉴别警示: where and when this account last signed in, and failed attempts since then. */
export function SignInNoticeLine({ notice }: { notice: SignInNotice }) {
  return (
    <span className="text-xs text-blue-100" data-testid="last-sign-in">
      {notice.previous ? `上次登录：${formatChinaDateTime(notice.previous.at)}，来自 ${notice.previous.clientAddress ?? '未知地址'}` : '这是该账号的首次登录'}
      {notice.failedSince > 0 ? (
        <span className="ml-2 rounded bg-amber-300 px-1 text-amber-950" data-testid="failed-since">
          此后有 {notice.failedSince} 次登录失败
        </span>
      ) : null}
    </span>
  );
}
