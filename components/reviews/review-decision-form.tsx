'use client';

import type { ActionState } from '@/lib/action-state';
import { ActionForm } from '@/components/action-form';
import { SelectField, TextArea, TextField, type Option } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  version: number;
  filedOn: string;
  today: string;
  current: { result: string | null; decidedOn: string | null; notes: string | null };
  /** REVIEW_RESULT_CHOICES (components/form/choices.ts). */
  results: Option[];
};

/** The decision of a record: date and result together, or both empty while pending. */
export function ReviewDecisionForm({ action, version, filedOn, today, current, results }: Props) {
  return (
    <ActionForm action={action} label="审结结果">
      {(s) => {
        const v = s.ok || !s.values ? { result: current.result ?? '', decidedOn: current.decidedOn ?? '', notes: current.notes ?? '' } : s.values;
        const e = s.fieldErrors ?? {};
        return (
          <div className="grid gap-3 md:grid-cols-2">
            <input type="hidden" name="version" value={version} />
            <SelectField name="result" label="结果" defaultValue={v.result} errors={e.result} options={results} placeholder="尚未审结" />
            <TextField name="decidedOn" label="审结日期" type="date" min={filedOn} max={today} defaultValue={v.decidedOn} errors={e.decidedOn} hint="复议决定书或判决、裁定的日期。" />
            <TextArea name="notes" label="备注" rows={2} maxLength={1000} defaultValue={v.notes} errors={e.notes} className="md:col-span-2" />
            <div className="md:col-span-2">
              <SubmitButton>保存</SubmitButton>
            </div>
          </div>
        );
      }}
    </ActionForm>
  );
}
