'use client';

import type { ActionState } from '@/lib/action-state';
import { ActionForm } from '@/components/action-form';
import { SelectField, TextArea, TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

// The steps of a letter's life, each a small form bound to one server action.

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
const Version = ({ version }: { version: number }) => <input type="hidden" name="version" value={version} />;

export function SubmitLetterForm({ action, version }: { action: Action; version: number }) {
  return (
    <ActionForm action={action} label="送负责人审批">
      {() => (
        <>
          <Version version={version} />
          <SubmitButton>送负责人审批</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function DecideLetterForm({ action, version }: { action: Action; version: number }) {
  return (
    <ActionForm action={action} label="审批文书">
      {(s) => (
        <>
          <Version version={version} />
          <SelectField name="decision" label="审批意见" required defaultValue={s.values?.decision} errors={s.fieldErrors?.decision} options={[{ value: 'approve', label: '同意发文' }, { value: 'return', label: '退回修改' }]} />
          <TextArea name="comment" label="意见说明（退回时必填）" rows={2} maxLength={1000} defaultValue={s.values?.comment} errors={s.fieldErrors?.comment} />
          <SubmitButton>提交审批意见</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function IssueLetterForm({ action, version, today, minDate, withDelivery }: { action: Action; version: number; today: string; minDate: string; withDelivery: boolean }) {
  return (
    <ActionForm action={action} label="发文">
      {(s) => (
        <>
          <Version version={version} />
          <TextField name="issuedOn" label="发文日期（成文日期）" type="date" required min={minDate} max={today} defaultValue={s.values?.issuedOn ?? today} errors={s.fieldErrors?.issuedOn} hint="发文时自动编文号；补正、征求意见、收费、延期文书同时登记相应办理步骤，答复书同时办结本申请。" />
          {withDelivery ? (
            <TextField name="feeDeliveredOn" label="申请人收到通知日期" type="date" min={minDate} max={today} defaultValue={s.values?.feeDeliveredOn ?? today} errors={s.fieldErrors?.feeDeliveredOn} hint="缴费期限自申请人收到通知之日起计算 20 个工作日。" />
          ) : null}
          <SubmitButton>发文</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function DiscardLetterForm({ action, version }: { action: Action; version: number }) {
  return (
    <ActionForm action={action} label="删除草稿">
      {() => (
        <>
          <Version version={version} />
          <SubmitButton className="btn-secondary">删除此草稿</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function CancelLetterForm({ action, version }: { action: Action; version: number }) {
  return (
    <ActionForm action={action} label="作废文书">
      {(s) => (
        <>
          <Version version={version} />
          <TextArea name="reason" label="作废理由" required rows={2} maxLength={500} defaultValue={s.values?.reason} errors={s.fieldErrors?.reason} hint="作废的文书保留文号，不再使用；已登记的办理步骤和办结不会撤销。" />
          <SubmitButton className="btn-danger">作废</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
