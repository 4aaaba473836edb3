'use client';

import type { ActionState } from '@/lib/action-state';
import type { SecuritySettingsInput } from '@/lib/domain/validation/security-settings';
import { PASSWORD_POLICY_BOUNDS } from '@/lib/domain/password-rules';
import { IDLE_MINUTES_BOUNDS } from '@/lib/domain/session-rules';
import { ActionForm } from '@/components/action-form';
import { TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

const FIELDS: { name: keyof SecuritySettingsInput; label: string; hint: string; bounds: { min: number; max: number } }[] = [
  { name: 'minLength', label: '密码最短长度（字符）', hint: '不少于 8。', bounds: PASSWORD_POLICY_BOUNDS.minLength },
  { name: 'minClasses', label: '密码至少包含的字符类别数', hint: '大写字母、小写字母、数字、符号四类中的几类，2 至 4。', bounds: PASSWORD_POLICY_BOUNDS.minClasses },
  { name: 'maxAgeDays', label: '密码有效期（天）', hint: '到期后登录时须修改；0 表示不限。', bounds: PASSWORD_POLICY_BOUNDS.maxAgeDays },
  { name: 'historyCount', label: '不得重复使用最近几次的密码', hint: '0 表示不检查（仍不能与当前密码相同）。', bounds: PASSWORD_POLICY_BOUNDS.historyCount },
  { name: 'idleMinutes', label: '无操作自动退出（分钟）', hint: '超过此时间未操作须重新登录。', bounds: IDLE_MINUTES_BOUNDS },
];

export function SecuritySettingsForm({ action, current }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; current: SecuritySettingsInput }) {
  return (
    <ActionForm action={action} label="安全设置" className="grid max-w-3xl gap-4 md:grid-cols-2">
      {(s) => (
        <>
          {FIELDS.map((f) => (
            <TextField
              key={f.name}
              name={f.name}
              label={f.label}
              type="number"
              required
              min={String(f.bounds.min)}
              max={String(f.bounds.max)}
              defaultValue={s.values?.[f.name] ?? String(current[f.name])}
              errors={s.fieldErrors?.[f.name]}
              hint={f.hint}
            />
          ))}
          <div className="flex items-end">
            <SubmitButton>保存安全设置</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
