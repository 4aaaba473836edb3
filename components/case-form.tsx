'use client';

import { stateKey } from '@/components/form/state-key';
import { useActionState, useState } from 'react';
import type { ActionState } from '@/lib/action-state';
import type { CaseFormChoices } from '@/components/form/choices';
import { SelectField, TextArea, TextField } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { PublishedChangeConfirm } from '@/components/form/published-change-confirm';
import { SubmitButton } from '@/components/form/submit-button';

export type CaseFormDefaults = Partial<Record<
  'caseNo' | 'receivedOn' | 'channel' | 'applicantType' | 'applicantName' | 'idType' | 'idNumber' | 'phone' | 'email' | 'address' | 'content' | 'deliveryMethod' | 'handlerId' | 'notes' | 'relatedCaseNo',
  string
>>;

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  defaults: CaseFormDefaults;
  handlers: { id: number; displayName: string }[];
  canAssign: boolean;
  version?: number;
  submitLabel: string;
  today: string;
  /** What the empty handler choice means: the registering clerk on a new case, nobody on an edit. */
  unassignedLabel?: string;
  /** CASE_FORM_CHOICES (components/form/choices.ts). */
  choices: CaseFormChoices;
};

export function CaseForm({ action, defaults, handlers, canAssign, version, submitLabel, today, unassignedLabel = '（登记人本人）', choices }: Props) {
  const [state, formAction] = useActionState(action, {});
  const v = { ...defaults, ...state.values };
  const e = state.fieldErrors ?? {};
  const [channel, setChannel] = useState(v.channel ?? '');
  const channelHint = choices.channels.find((c) => c.value === channel)?.receivedHint ?? '请先选择申请方式，再按其规则确定收到日期。';
  const handlerName = handlers.find((h) => String(h.id) === v.handlerId)?.displayName ?? '未指定';

  return (
    <form key={stateKey(state)} action={formAction} className="space-y-5" noValidate>
      <FormMessage message={state.message} />
      <PublishedChangeConfirm state={state} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <fieldset className="card grid gap-4 md:grid-cols-3">
        <legend className="px-1 text-sm font-semibold text-slate-600">申请信息</legend>
        <TextField name="caseNo" label="申请编号" defaultValue={v.caseNo} errors={e.caseNo} required maxLength={50} hint="按本机关编号规则自动生成，可修改，不能重复。" />
        <SelectField
          name="channel"
          label="申请方式"
          defaultValue={v.channel}
          errors={e.channel}
          required
          options={choices.channels}
          onChange={setChannel}
        />
        <TextField name="receivedOn" label="收到日期" type="date" max={today} defaultValue={v.receivedOn} errors={e.receivedOn} required hint={channelHint} />
        <TextArea name="content" label="申请内容" className="md:col-span-3" defaultValue={v.content} errors={e.content} required rows={4} maxLength={5000} hint="申请获取的政府信息的名称、文号或便于查询的其他特征描述。" />
        <SelectField name="deliveryMethod" label="获取信息的方式" defaultValue={v.deliveryMethod} errors={e.deliveryMethod} options={choices.deliveryMethods} />
        {canAssign ? (
          <SelectField name="handlerId" label="承办人" defaultValue={v.handlerId} errors={e.handlerId} options={handlers.map((h) => ({ value: String(h.id), label: h.displayName }))} placeholder={unassignedLabel} />
        ) : (
          <div>
            <label htmlFor="f-handlerId-view">承办人</label>
            <input type="hidden" name="handlerId" value={v.handlerId ?? ''} />
            <p id="f-handlerId-view" className="mt-1 py-1.5 text-sm">{version === undefined ? '（登记人本人）' : handlerName}</p>
            {e.handlerId ? <p className="field-error">{e.handlerId.join(' ')}</p> : null}
          </div>
        )}
        <TextField name="relatedCaseNo" label="关联申请编号" defaultValue={v.relatedCaseNo} errors={e.relatedCaseNo} maxLength={50} hint="同一份申请表按“一事一申请”拆分登记的，填写另一件的编号。" />
        <TextArea name="notes" label="备注" className="md:col-span-2" defaultValue={v.notes} errors={e.notes} rows={2} maxLength={2000} />
      </fieldset>

      <fieldset className="card grid gap-4 md:grid-cols-3">
        <legend className="px-1 text-sm font-semibold text-slate-600">申请人</legend>
        <SelectField
          name="applicantType"
          label="申请人类型"
          defaultValue={v.applicantType}
          errors={e.applicantType}
          required
          options={choices.applicantTypes}
          hint={choices.applicantTypeGuidance}
        />
        <TextField name="applicantName" label="申请人姓名或名称" defaultValue={v.applicantName} errors={e.applicantName} required maxLength={200} />
        <TextField name="phone" label="联系电话" type="tel" defaultValue={v.phone} errors={e.phone} maxLength={40} />
        <SelectField name="idType" label="证件类型" defaultValue={v.idType} errors={e.idType} options={choices.idTypes} placeholder="（不填）" />
        <TextField name="idNumber" label="证件号码" defaultValue={v.idNumber} errors={e.idNumber} maxLength={40} hint="列表中只显示部分号码。" />
        <TextField name="email" label="电子邮箱" type="email" defaultValue={v.email} errors={e.email} maxLength={200} />
        <TextField name="address" label="通信地址" className="md:col-span-3" defaultValue={v.address} errors={e.address} maxLength={300} />
      </fieldset>

      <div className="flex gap-3">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

