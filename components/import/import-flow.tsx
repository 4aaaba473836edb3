'use client';

import { useActionState } from 'react';
import { IDLE, type ImportState } from '@/lib/import/import-state';
import { SubmitButton } from '@/components/form/submit-button';
import { ImportReport } from './import-report';
import { uploadForPreview } from './upload-for-preview';
import { ImportProgress } from './import-progress';

type Props = {
  label: string;
  unit: string;
  kind: NonNullable<ImportState['kind']>;
  /** The server action for 'confirm' and 'cancel'; the upload goes to the upload route. */
  action: (state: ImportState, form: FormData) => Promise<ImportState>;
};

/** Upload → preview (every problem, or what would change) → confirm → done, for one kind of file. */
export function ImportFlow({ label, unit, kind, action }: Props) {
  const [state, formAction] = useActionState(
    (prev: ImportState, form: FormData) => (form.get('step') === 'preview' ? uploadForPreview(kind, form) : action(prev, form)),
    IDLE,
  );
  const inputId = `${label}-file`;
  return (
    <div className="space-y-3">
      <ImportReport state={state} unit={unit} />
      {state.stage === 'preview' ? (
        <div className="flex flex-wrap gap-2">
          <form action={formAction} aria-label={`确认${label}`} className="flex flex-wrap items-center gap-2">
            <input type="hidden" name="step" value="confirm" />
            <input type="hidden" name="token" value={state.token} />
            <SubmitButton pendingText="正在导入…">确认导入</SubmitButton>
            <ImportProgress kind={kind} rows={state.rows ?? 0} label={label} />
          </form>
          <form action={formAction} aria-label={`取消${label}`}>
            <input type="hidden" name="step" value="cancel" />
            <input type="hidden" name="token" value={state.token} />
            <SubmitButton className="btn-secondary" pendingText="正在取消…">
              取消，重新选择文件
            </SubmitButton>
          </form>
        </div>
      ) : (
        <form action={formAction} className="flex flex-wrap items-end gap-3" aria-label={label}>
          <input type="hidden" name="step" value="preview" />
          <div>
            <label htmlFor={inputId}>选择文件（.xlsx 或 .csv）</label>
            <input id={inputId} name="file" type="file" accept=".xlsx,.csv" required className="input mt-1" />
          </div>
          <SubmitButton pendingText="正在检查…">上传并检查</SubmitButton>
        </form>
      )}
    </div>
  );
}
