'use client';

import type { ActionState } from '@/lib/action-state';
import { ActionForm } from '@/components/action-form';
import { SelectField, TextArea, TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

export function AddYearForm({ action, suggestedYear }: { action: Action; suggestedYear: number }) {
  return (
    <ActionForm action={action} label="新增年度日历" className="space-y-3">
      {(s) => (
        <>
          <div className="grid gap-3 md:grid-cols-4">
            <TextField name="year" label="年份" required defaultValue={s.values?.year ?? String(suggestedYear)} errors={s.fieldErrors?.year} />
            <TextField name="source" label="通知名称及文号" required className="md:col-span-3" defaultValue={s.values?.source ?? `《国务院办公厅关于${suggestedYear}年部分节假日安排的通知》（国办发明电〔${suggestedYear - 1}〕 号）`} errors={s.fieldErrors?.source} maxLength={300} />
          </div>
          <TextArea
            name="days"
            label="放假和调休安排（每行一天）"
            required
            rows={8}
            defaultValue={s.values?.days}
            errors={s.fieldErrors?.days}
            hint={`每行：日期 休/班 名称。例如：${suggestedYear}-01-01 休 元旦；${suggestedYear}-02-07 班 春节调休。放假期间的周末可不填。`}
          />
          <SubmitButton>保存年度日历</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function SetDayForm({ action, year }: { action: Action; year: number }) {
  return (
    <ActionForm action={action} label="修改某一天" className="grid gap-3 md:grid-cols-4">
      {(s) => (
        <>
          <TextField name="date" label="日期" type="date" required min={`${year - 1}-12-01`} max={`${year}-12-31`} defaultValue={s.values?.date} errors={s.fieldErrors?.date} />
          <SelectField name="kind" label="改为" required defaultValue={s.values?.kind} errors={s.fieldErrors?.kind} options={[{ value: 'off', label: '放假' }, { value: 'work', label: '调休上班（周末）' }, { value: 'normal', label: '恢复正常' }]} />
          <TextField name="name" label="名称" defaultValue={s.values?.name} errors={s.fieldErrors?.name} maxLength={20} placeholder="如：春节" />
          <div className="flex items-end">
            <SubmitButton>保存</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
