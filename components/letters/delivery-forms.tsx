'use client';

import type { ActionState } from '@/lib/action-state';
import { DELIVERY_METHODS } from '@/lib/domain/letters/delivery';
import { ActionForm } from '@/components/action-form';
import { SelectField, TextArea, TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function DeliveryForm({ action, today, issuedOn }: { action: Action; today: string; issuedOn: string }) {
  return (
    <ActionForm action={action} label="登记送达">
      {(s) => {
        const v = s.values ?? {};
        const e = s.fieldErrors ?? {};
        return (
          <>
            <SelectField name="method" label="送达方式" required defaultValue={v.method} errors={e.method} options={DELIVERY_METHODS.map((m) => ({ value: m.code, label: m.label }))} />
            <TextField name="trackingNo" label="运单号（邮寄时必填）" maxLength={60} defaultValue={v.trackingNo} errors={e.trackingNo} />
            <TextField name="sentOn" label="送出日期" type="date" required min={issuedOn} max={today} defaultValue={v.sentOn ?? today} errors={e.sentOn} />
            <TextField name="receivedOn" label="签收日期（知道时填写）" type="date" min={issuedOn} max={today} defaultValue={v.receivedOn} errors={e.receivedOn} />
            <TextArea name="note" label="备注" rows={2} maxLength={500} defaultValue={v.note} errors={e.note} hint="如送达地址、签收人；送达回证可在下方“材料”中上传。" />
            <SubmitButton>登记送达</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}

export function ReceivedForm({ action, today, sentOn, label }: { action: Action; today: string; sentOn: string; label: string }) {
  return (
    <ActionForm action={action} label={label} className="flex flex-wrap items-end gap-2">
      {(s) => (
        <>
          <TextField name="receivedOn" label="签收日期" type="date" required min={sentOn} max={today} defaultValue={s.values?.receivedOn} errors={s.fieldErrors?.receivedOn} />
          <SubmitButton className="btn-secondary">登记签收</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
