'use client';

import type { ActionState } from '@/lib/action-state';
import type { DigestSettings } from '@/lib/domain/validation/digest';
import { ActionForm } from '@/components/action-form';
import { TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

/** The user's own e-mail reminder: the address and whether to get the morning digest. */
export function DigestForm({ action, current, mailConfigured }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; current: DigestSettings; mailConfigured: boolean }) {
  return (
    <ActionForm action={action} label="待办提醒邮件">
      {(s) => {
        const digest = s.values ? s.values.digest === 'on' : current.digest;
        return (
          <>
            <TextField name="email" label="电子邮箱" type="email" maxLength={200} autoComplete="email" defaultValue={s.values?.email ?? current.email ?? ''} errors={s.fieldErrors?.email} />
            <div className="flex items-start gap-2">
              <input id="digest-on" name="digest" type="checkbox" value="on" defaultChecked={digest} className="mt-1 size-4" aria-describedby="digest-hint" />
              <div>
                <label htmlFor="digest-on">每个工作日早上把我的待办事项发到这个邮箱</label>
                <p id="digest-hint" className="hint">
                  {mailConfigured ? '只在有待办时发送；列出超期、即将到期、待审批、待送达等事项，每项附链接。' : '本服务器尚未配置邮件服务器（SMTP_URL），设置会保存，配置后开始发送。'}
                </p>
              </div>
            </div>
            <SubmitButton>保存提醒设置</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
