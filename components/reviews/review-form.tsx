'use client';

import type { ActionState } from '@/lib/action-state';
import { ActionForm } from '@/components/action-form';
import { SelectField, TextArea, TextField, type Option } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';


type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** A new 行政复议 / 行政诉讼 record; on the reviews page it may name the case by its number. */
export function ReviewForm({ action, today, withCaseNo, kinds, results }: { action: Action; today: string; withCaseNo: boolean; kinds: Option[]; results: Option[] }) {
  return (
    <ActionForm action={action} label="登记复议诉讼">
      {(s) => {
        const v = s.ok ? {} : (s.values ?? {});
        const e = s.fieldErrors ?? {};
        return (
          <div className="grid gap-3 md:grid-cols-2">
            {withCaseNo ? (
              <TextField name="caseNo" label="关联申请编号" defaultValue={v.caseNo} errors={e.caseNo} maxLength={50} hint="复议、诉讼针对的政府信息公开申请；与具体申请无关的请留空。" />
            ) : null}
            <SelectField name="kind" label="类型" required defaultValue={v.kind} errors={e.kind} options={kinds} />
            <TextField name="filedOn" label="收到日期" type="date" required max={today} defaultValue={v.filedOn} errors={e.filedOn} hint="收到复议申请书副本或起诉状副本之日；按此日期计入当年表四。" />
            <SelectField name="result" label="结果" defaultValue={v.result} errors={e.result} options={results} placeholder="尚未审结" />
            <TextField name="decidedOn" label="审结日期" type="date" max={today} defaultValue={v.decidedOn} errors={e.decidedOn} hint="尚未审结的留空；审结的须同时填写结果。" />
            <TextArea name="notes" label="备注" rows={2} maxLength={1000} defaultValue={v.notes} errors={e.notes} className="md:col-span-2" />
            <div className="md:col-span-2">
              <SubmitButton>登记</SubmitButton>
            </div>
          </div>
        );
      }}
    </ActionForm>
  );
}
