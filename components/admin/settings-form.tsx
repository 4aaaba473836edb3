'use client';

import type { ActionState } from '@/lib/action-state';
import type { AgencySettings } from '@/lib/data/settings';
import { ActionForm } from '@/components/action-form';
import { TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

export function SettingsForm({ action, current, example }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; current: AgencySettings; example: string }) {
  return (
    <ActionForm action={action} label="机关设置" className="max-w-xl space-y-4">
      {(s) => (
        <>
          <TextField name="agencyName" label="机关名称" required maxLength={100} defaultValue={s.values?.agencyName ?? current.agencyName} errors={s.fieldErrors?.agencyName} hint="用于年度报告标题和导出文件。" />
          <TextField
            name="caseNoPattern"
            label="申请编号规则"
            required
            maxLength={40}
            defaultValue={s.values?.caseNoPattern ?? current.caseNoPattern}
            errors={s.fieldErrors?.caseNoPattern}
            hint={`{YYYY} 四位年份，{YY} 两位年份，{MM} 月份，{####} 序号（# 的个数为位数）。按当前规则，下一个编号示例：${example}`}
          />
          <TextField name="dueSoonDays" label="即将到期提醒（剩余工作日数）" required type="number" min="1" max="20" defaultValue={s.values?.dueSoonDays ?? String(current.dueSoonDays)} errors={s.fieldErrors?.dueSoonDays} hint="剩余工作日不超过此数的申请标为“即将到期”，默认 5。" />
          <SubmitButton>保存设置</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
