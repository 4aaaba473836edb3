'use client';

import { useId } from 'react';
import type { ActionState } from '@/lib/action-state';
import type { LetterSettings } from '@/lib/data/letter-settings';
import { LETTER_KINDS, LETTER_KIND_LABELS } from '@/lib/domain/letters/letter-kinds';
import { ActionForm } from '@/components/action-form';
import { TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

function Checkbox({ name, label, checked, disabled, hint, errors }: { name: string; label: string; checked: boolean; disabled?: boolean; hint?: string; errors?: string[] }) {
  const id = useId();
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div>
      <label className="flex items-start gap-2 font-normal">
        <input type="checkbox" name={name} defaultChecked={checked} disabled={disabled} className="mt-0.5" aria-invalid={errorId ? true : undefined} aria-describedby={errorId} />
        <span>
          {label}
          {hint ? <span className="block text-xs text-slate-500">{hint}</span> : null}
        </span>
      </label>
      {errorId ? (
        <p id={errorId} className="field-error" data-testid={`error-${name}`}>
          {errors!.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** 公文设置: the names and numbering letters go out under, and which letters need approval. */
export function LetterSettingsForm({ action, current }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; current: LetterSettings }) {
  return (
    <ActionForm action={action} label="公文设置" className="max-w-2xl space-y-4">
      {(s) => {
        const v = s.values;
        const e = s.fieldErrors ?? {};
        const flag = (name: string, fallback: boolean) => (v ? v[name] === 'on' : fallback);
        return (
          <>
            <TextField name="agencyShortName" label="机关简称（代字）" maxLength={20} defaultValue={v?.agencyShortName ?? current.agencyShortName} errors={e.agencyShortName} hint="用于文号，例如“示人社”。" />
            <TextField name="reconsiderationBody" label="行政复议机关" required maxLength={100} defaultValue={v?.reconsiderationBody ?? current.reconsiderationBody} errors={e.reconsiderationBody} hint="答复书的救济途径写明此机关。县级以上地方人民政府工作部门为本级人民政府（行政复议法第二十四条）；海关、税务、金融、国家安全等垂直领导的为上一级主管部门（第二十七条）。" />
            <TextField name="courtName" label="诉讼法院（可不填）" maxLength={100} defaultValue={v?.courtName ?? current.courtName} errors={e.courtName} hint="模板中使用 {诉讼法院} 时填写。默认的救济途径不写明具体法院。" />
            <TextField name="agencyContact" label="联系方式" maxLength={300} defaultValue={v?.agencyContact ?? current.agencyContact} errors={e.agencyContact} hint="写入接收回执、补正告知书等，例如“联系电话：0571-12345678；地址：……”。" />
            <TextField name="correctionPeriodDays" label="补正期限（工作日）" required type="number" min="1" max="60" defaultValue={v?.correctionPeriodDays ?? String(current.correctionPeriodDays)} errors={e.correctionPeriodDays} hint="补正告知书中给申请人的默认期限，起草时可修改。" />
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-slate-700">程序性告知书的救济途径</legend>
              <Checkbox
                name="proceduralRemedy"
                label="程序性告知书也写明救济途径（行政复议或行政诉讼）"
                checked={flag('proceduralRemedy', current.proceduralRemedy)}
                errors={e.proceduralRemedy}
                hint="默认不写。开启后，发给申请人的接收回执、补正告知书、征求意见告知书、延长答复期限告知书和收费通知书写明可以向上述行政复议机关申请行政复议或者提起行政诉讼；发给第三方或其他机关的征求意见书不写。已起草的文书请按模板重新生成正文。"
              />
            </fieldset>
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-slate-700">终止处理告知书</legend>
              <Checkbox name="closingNoticeNoCorrection" label="申请人逾期不补正时，发出终止处理告知书" checked={flag('closingNoticeNoCorrection', current.closingNoticeNoCorrection)} />
              <Checkbox name="closingNoticeFeeUnpaid" label="申请人逾期不缴费时，发出终止处理告知书" checked={flag('closingNoticeFeeUnpaid', current.closingNoticeFeeUnpaid)} />
            </fieldset>
            <fieldset className="space-y-3">
              <legend className="text-sm font-medium text-slate-700">文号规则和审批</legend>
              <p className="hint">{'{机关简称}'} 机关简称，{'{YYYY}'} 年份，{'{N}'} 序号，{'{NNN}'} 补零到三位的序号。每类文书按年度单独编号，发文时编定，作废的文号不再使用。</p>
              {LETTER_KINDS.map((k) => (
                <div key={k} className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end">
                  <TextField name={`docNo_${k}`} label={`${LETTER_KIND_LABELS[k]}文号规则`} required maxLength={60} defaultValue={v?.[`docNo_${k}`] ?? current.docNoPatterns[k]} errors={e[`docNo_${k}`]} />
                  <Checkbox name={`approval_${k}`} label="须经负责人审批" checked={k === 'extension' || flag(`approval_${k}`, current.approval[k])} disabled={k === 'extension'} hint={k === 'extension' ? '延期须经负责人同意（条例第三十三条）' : undefined} />
                </div>
              ))}
            </fieldset>
            <SubmitButton>保存公文设置</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
