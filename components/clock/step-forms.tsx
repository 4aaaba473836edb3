'use client';

import type { ActionState } from '@/lib/action-state';
import type { ClockEventKind } from '@/lib/domain/clock';
import { FEE_METHOD_HINTS } from '@/lib/domain/fees';
import { ActionForm } from '@/components/action-form';
import { SelectField, TextArea, TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
export type StepProps = { version: number; today: string; receivedOn: string; nthInMonth: number; dueOn: string };

const TITLES: Record<ClockEventKind, string> = {
  correction_requested: '通知申请人补正',
  correction_received: '收到补正后的申请',
  consultation_sent: '征求第三方或其他机关意见',
  consultation_answered: '收到征求意见的答复',
  fee_notified: '发出收费通知',
  fee_paid: '申请人已缴费',
  extension_requested: '申请延期答复',
  extension_decided: '审批延期申请',
  art35_set: '确定延迟答复期限（第三十五条）',
};

/** Each step's button names the step (登记 is the word for registering a case). */
const SUBMIT_LABELS: Record<ClockEventKind, string> = {
  correction_requested: '记录补正通知',
  correction_received: '记录收到补正',
  consultation_sent: '记录征求意见',
  consultation_answered: '记录收到意见',
  fee_notified: '记录收费通知',
  fee_paid: '记录已缴费',
  extension_requested: '提交延期申请',
  extension_decided: '提交延期审批意见',
  art35_set: '确定延迟答复期限',
};

function fieldsFor(kind: ClockEventKind, s: ActionState, p: StepProps) {
  const v = s.values ?? {};
  const e = s.fieldErrors ?? {};
  const date = (name: string, label: string, hint?: string, defaultValue: string = p.today) => (
    <TextField name={name} label={label} type="date" required defaultValue={v[name] ?? defaultValue} errors={e[name]} hint={hint} min={p.receivedOn} max={name === 'dueOn' ? undefined : p.today} />
  );
  switch (kind) {
    case 'correction_requested':
      return (
        <>
          {date('noticeOn', '补正通知日期', '应在收到申请之日起 7 个工作日内一次性告知。')}
          <TextArea name="missing" label="需补正的内容" required rows={2} defaultValue={v.missing} errors={e.missing} maxLength={1000} />
          <TextField name="periodDays" label="补正期限（工作日）" type="number" required min="1" defaultValue={v.periodDays ?? '15'} errors={e.periodDays} />
        </>
      );
    case 'correction_received':
      return date('receivedOn', '收到补正日期', '答复期限自此日起重新计算 20 个工作日。');
    case 'consultation_sent':
      return (
        <>
          {date('sentOn', '发出征求意见日期')}
          <TextField name="party" label="征求意见对象" required defaultValue={v.party} errors={e.party} maxLength={200} />
          <SelectField name="partyKind" label="对象类型" required defaultValue={v.partyKind ?? 'third_party'} placeholder={null} errors={e.partyKind} options={[{ value: 'third_party', label: '第三方' }, { value: 'agency', label: '其他机关' }]} hint="征求意见期间暂停计时，最长至发出后第 15 个工作日。" />
        </>
      );
    case 'consultation_answered':
      return date('answeredOn', '收到答复日期');
    case 'fee_notified':
      return (
        <>
          {date('noticeOn', '收费通知日期')}
          {date('deliveredOn', '申请人收到通知日期', '申请人应自收到之日起 20 个工作日内缴费。')}
          <SelectField name="method" label="计收方式" required defaultValue={v.method ?? 'per_application'} placeholder={null} errors={e.method} options={[{ value: 'per_application', label: '按件计收' }, { value: 'per_page', label: '按量计收' }]} hint={`${FEE_METHOD_HINTS.per_application} ${FEE_METHOD_HINTS.per_page}`} />
          <TextField name="quantity" label="数量（本月第几件 / 页数）" type="number" required min="1" defaultValue={v.quantity ?? String(p.nthInMonth)} errors={[...(e.quantity ?? []), ...(e.amount ?? [])]} hint={`该申请人本月已收到 ${p.nthInMonth} 件申请（含本件）。金额按国办函〔2020〕109号自动计算。`} />
        </>
      );
    case 'fee_paid':
      return date('paidOn', '缴费日期');
    case 'extension_requested':
      return (
        <>
          <TextField name="days" label="延长工作日数" type="number" required min="1" max="20" defaultValue={v.days ?? '20'} errors={e.days} hint={`最多 20 个工作日，每件申请只能延期一次；须经负责人批准。当前期限 ${p.dueOn}。`} />
          <TextArea name="reason" label="延期理由" required rows={2} defaultValue={v.reason} errors={e.reason} maxLength={1000} />
        </>
      );
    case 'extension_decided':
      return (
        <>
          <SelectField name="decision" label="审批意见" required defaultValue={v.decision} errors={e.decision} options={[{ value: 'approve', label: '批准延期' }, { value: 'reject', label: '不批准' }]} />
          {date('decidedOn', '审批日期')}
          <TextField name="notifiedOn" label="告知申请人日期（批准时必填）" type="date" defaultValue={v.notifiedOn ?? ''} errors={e.notifiedOn} min={p.receivedOn} max={p.today} />
          <TextArea name="comment" label="说明" rows={2} defaultValue={v.comment} errors={e.comment} maxLength={1000} />
        </>
      );
    case 'art35_set':
      return (
        <>
          {date('dueOn', '延迟答复日期', '须晚于按规定计算的答复期限。', '')}
          <TextArea name="reason" label="理由" required rows={2} defaultValue={v.reason} errors={e.reason} maxLength={1000} hint="申请数量、频次明显超过合理范围的，可确定延迟答复的合理期限并告知申请人。" />
        </>
      );
  }
}

export function StepForm({ kind, action, props, label = TITLES[kind] }: { kind: ClockEventKind; action: Action; props: StepProps; label?: string }) {
  return (
    <ActionForm action={action} label={label} className="mt-3 space-y-3">
      {(s) => (
        <>
          <input type="hidden" name="version" value={props.version} />
          {fieldsFor(kind, s, props)}
          <SubmitButton>{SUBMIT_LABELS[kind]}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function StepForms({ steps, props }: { steps: { kind: ClockEventKind; action: Action }[]; props: StepProps }) {
  return (
    <div className="space-y-2">
      {steps.map(({ kind, action }) => (
        <details key={kind} className="rounded border border-slate-200 px-3 py-2" open={kind === 'extension_decided'}>
          <summary className="cursor-pointer text-sm font-medium text-blue-800">{TITLES[kind]}</summary>
          <StepForm kind={kind} action={action} props={props} />
        </details>
      ))}
    </div>
  );
}
